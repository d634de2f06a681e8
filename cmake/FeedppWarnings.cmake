# feedpp_set_warnings(<target>): the warnings feedpp's own code is held to. -Werror only with
# FEEDPP_WERROR (CI turns it on), and never in an INTERFACE property that consumers inherit.
function(feedpp_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wconversion
      -Wsign-conversion)
    if(FEEDPP_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 $<$<BOOL:${FEEDPP_WERROR}>:/WX>)
  endif()
endfunction()
