// SPDX-License-Identifier: MIT
// FEEDPP_API marks the declarations that make up the library's binary interface. A shared build of
// feedpp hides every other symbol (CMake sets -fvisibility=hidden), so only what carries this mark
// can be linked against. Static builds leave the macro empty.
#ifndef FEEDPP_EXPORT_HPP
#define FEEDPP_EXPORT_HPP

#if defined(FEEDPP_SHARED)
#if defined(_WIN32)
#if defined(FEEDPP_BUILDING)
#define FEEDPP_API __declspec(dllexport)
#else
#define FEEDPP_API __declspec(dllimport)
#endif
#else
#define FEEDPP_API __attribute__((visibility("default")))
#endif
#else
#define FEEDPP_API
#endif

#endif  // FEEDPP_EXPORT_HPP
