# Installs the build in FEEDPP_BUILD_DIR into a fresh prefix under WORK_DIR, then builds and runs
# tests/consumers/main.cpp against it twice: through find_package(feedpp), and through pkg-config.
# Then builds it as part of a parent project that takes feedpp's sources as a subproject, with
# add_subdirectory and with FetchContent, and checks that the parent installs nothing of feedpp's.
cmake_minimum_required(VERSION 3.23)

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    string(REPLACE ";" " " command "${ARGN}")
    message(FATAL_ERROR "failed (${result}): ${command}\n${out}\n${err}")
  endif()
  set(run_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
run("${CMAKE_COMMAND}" --install "${FEEDPP_BUILD_DIR}" --prefix "${prefix}")

# 1. CMake: find_package(feedpp CONFIG REQUIRED) + target_link_libraries(... feedpp::feedpp)
run("${CMAKE_COMMAND}" -S "${FEEDPP_CONSUMER_DIR}" -B "${WORK_DIR}/cmake"
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}"
    -DCMAKE_BUILD_TYPE=Release)
run("${CMAKE_COMMAND}" --build "${WORK_DIR}/cmake")
run("${WORK_DIR}/cmake/consumer")
message(STATUS "find_package consumer: ${run_output}")

# 2. pkg-config --cflags --libs feedpp
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
file(GLOB_RECURSE pc_file "${prefix}/feedpp.pc")
if(NOT pc_file)
  message(FATAL_ERROR "no feedpp.pc under ${prefix}")
endif()
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
run("${PKG_CONFIG}" --cflags --libs feedpp)
string(STRIP "${run_output}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
run("${CMAKE_CXX_COMPILER}" -std=c++17 "${FEEDPP_CONSUMER_DIR}/main.cpp" ${flags}
    -o "${WORK_DIR}/pkg-config-consumer")
get_filename_component(lib_dir "${pc_dir}" DIRECTORY)
set(ENV{LD_LIBRARY_PATH} "${lib_dir}")
run("${WORK_DIR}/pkg-config-consumer")
message(STATUS "pkg-config consumer: ${run_output}")

# 3. As a subproject: add_subdirectory(), then FetchContent. Only the library is built (tests,
#    examples and the tool default to off below a parent), and the parent's install holds its own
#    program alone. The parent builds in unity mode, as large programs do, with feedpp's warnings
#    as errors: the sources must build as one without a clash or a warning. (It also takes a
#    third of the time of a build file by file, which the main build has already done.)
foreach(how add_subdirectory FetchContent)
  set(dir "${WORK_DIR}/${how}")
  run("${CMAKE_COMMAND}" -S "${FEEDPP_CONSUMER_DIR}/subproject" -B "${dir}"
      "-DFEEDPP_HOW=${how}" "-DFEEDPP_SOURCE_DIR=${FEEDPP_SOURCE_DIR}"
      "-DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}" "-DBUILD_SHARED_LIBS=${BUILD_SHARED_LIBS}"
      -DCMAKE_BUILD_TYPE=Debug -DCMAKE_UNITY_BUILD=ON -DFEEDPP_WERROR=ON)
  run("${CMAKE_COMMAND}" --build "${dir}" --parallel 2)
  run("${dir}/parse_feed")
  run("${CMAKE_COMMAND}" --install "${dir}" --prefix "${dir}/prefix")
  file(GLOB_RECURSE installed RELATIVE "${dir}/prefix" "${dir}/prefix/*")
  if(NOT installed STREQUAL "bin/parse_feed")
    message(FATAL_ERROR "${how}: the parent's install holds more than its program: ${installed}")
  endif()
  message(STATUS "${how} consumer: ${run_output}")
endforeach()
