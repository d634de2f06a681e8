// SPDX-License-Identifier: MIT
// Golden tests of `feedpp dump --json`: each feed in tests/data/golden is dumped and the output
// compared with the expected dump stored beside it, so that a change of behaviour shows in review
// as a diff of the expected files. A regression net, not a spec: an expected file holds what the
// command printed when it was last written.
//
// The folder. Every file is an input, whatever its extension (.xml, .rss, .json, ...), except
// README.md, hidden files and the expected outputs, which are the input's name plus
// `.expected.json` (`atom10.xml` -> `atom10.xml.expected.json`). Each input is one test,
// `Golden.<file name>` with every character other than a letter or digit made `_`
// (`Golden.atom10_xml`). The command runs in the folder on `./<file name>`, so no path reaches the
// output. The dump is one line of JSON; it is stored re-indented (whitespace outside strings only,
// one value per line) so that a difference is a line diff, and a mismatch prints a unified diff.
//
// To accept the current output, after a deliberate change or for a new input, rewrite the
// expected files, then review the diff:
//
//   cmake --build build && FEEDPP_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden
//
// (or run build/tests/feedpp_golden_test with the variable set). Build first: CMake watches the
// folder, and after a file is added or removed the build lists the tests again for ctest.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "test_util.hpp"

namespace feedpp {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kExpectedSuffix = ".expected.json";
constexpr std::size_t kContext = 3;  // lines of context around each change in a diff
constexpr std::size_t kMaxDiffCells = std::size_t{1} << 22;  // 16 MB of diff table at most

std::string golden_dir() { return test::data_path("golden"); }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool update_mode() {
  const char* v = std::getenv("FEEDPP_UPDATE_GOLDEN");
  return v != nullptr && *v != '\0' && std::string_view(v) != "0";
}

// The names of the files in the golden folder, sorted. Never throws: the list is made while
// static objects are constructed.
std::vector<std::string> folder_files() {
  std::vector<std::string> out;
  std::error_code ec;
  fs::directory_iterator it(golden_dir(), ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code type_ec;
    if (it->is_regular_file(type_ec)) out.push_back(it->path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool is_input(const std::string& name) {
  return !name.empty() && name.front() != '.' && name != "README.md" &&
         !ends_with(name, kExpectedSuffix);
}

std::vector<std::string> inputs() {
  std::vector<std::string> out = folder_files();
  out.erase(
      std::remove_if(out.begin(), out.end(), [](const std::string& n) { return !is_input(n); }),
      out.end());
  return out;
}

// `Golden.<name>` must survive --gtest_filter, where '-' starts the negative patterns.
std::string test_name(std::string_view file) {
  std::string out(file);
  for (char& c : out) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!alnum) c = '_';
  }
  return out;
}

std::string shell_quote(std::string_view s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct DumpRun {
  std::string status;  // "" on a normal exit with status 0, else what happened
  std::string out;
};

// Runs `feedpp dump --json ./<name>` in the golden folder; stderr is dropped.
DumpRun dump(const std::string& name) {
  const std::string command = "cd " + shell_quote(golden_dir()) + " && " +
                              shell_quote(FEEDPP_CLI_EXE) + " dump --json " +
                              shell_quote("./" + name) + " 2>/dev/null";
  DumpRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    run.status = "popen failed";
    return run;
  }
  char buf[65536];
  std::size_t n = 0;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) run.out.append(buf, n);
  const int raw = pclose(pipe);
  if (WIFSIGNALED(raw)) {
    run.status = "killed by signal " + std::to_string(WTERMSIG(raw));
  } else if (!WIFEXITED(raw) || WEXITSTATUS(raw) != 0) {
    run.status = "exit status " + std::to_string(WIFEXITED(raw) ? WEXITSTATUS(raw) : raw);
  }
  return run;
}

void new_line(std::string& out, std::size_t depth) {
  out += '\n';
  out.append(2 * depth, ' ');
}

// Re-indents JSON: one value per line, two spaces a level, `"key": value`, empty containers as
// `{}` and `[]`. Only whitespace outside strings changes, so the data is the command's own.
std::string indent_json(std::string_view in) {
  std::string out;
  std::size_t depth = 0;
  bool in_string = false;
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char c = in[i];
    if (in_string) {
      out += c;
      if (c == '\\' && i + 1 < in.size()) {
        out += in[++i];
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (is_space(c)) continue;
    if (c == '{' || c == '[') {
      std::size_t next = i + 1;
      while (next < in.size() && is_space(in[next])) ++next;
      out += c;
      if (next < in.size() && in[next] == (c == '{' ? '}' : ']')) {
        out += in[next];
        i = next;
      } else {
        new_line(out, ++depth);
      }
    } else if (c == '}' || c == ']') {
      if (depth > 0) --depth;
      new_line(out, depth);
      out += c;
    } else if (c == ',') {
      out += c;
      new_line(out, depth);
    } else if (c == ':') {
      out += ": ";
    } else {
      if (c == '"') in_string = true;
      out += c;
    }
  }
  if (!out.empty()) out += '\n';
  return out;
}

std::vector<std::string> split_lines(std::string_view s) {
  std::vector<std::string> out;
  while (!s.empty()) {
    const auto eol = s.find('\n');
    out.emplace_back(s.substr(0, eol));
    if (eol == std::string_view::npos) break;
    s.remove_prefix(eol + 1);
  }
  return out;
}

// One line of an edit script: ' ' kept, '-' only in the expected, '+' only in the actual.
struct Edit {
  char op;
  std::size_t a;  // line index in the expected (of the next line, for '+')
  std::size_t b;  // line index in the actual (of the next line, for '-')
};

// A shortest edit script from `a` to `b` by longest common subsequence, or nothing when the
// part between the common head and tail is too large for the table.
std::optional<std::vector<Edit>> edit_script(const std::vector<std::string>& a,
                                             const std::vector<std::string>& b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  const std::size_t n = a.size() - head - tail;
  const std::size_t m = b.size() - head - tail;
  if ((n + 1) * (m + 1) > kMaxDiffCells) return std::nullopt;
  // lcs(i, j): the length of a longest common subsequence of the middle parts of `a` from i and
  // of `b` from j.
  std::vector<std::uint32_t> table((n + 1) * (m + 1), 0);
  const auto lcs = [&](std::size_t i, std::size_t j) -> std::uint32_t& {
    return table[i * (m + 1) + j];
  };
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs(i, j) = a[head + i] == b[head + j] ? lcs(i + 1, j + 1) + 1
                                             : std::max(lcs(i + 1, j), lcs(i, j + 1));
    }
  }
  std::vector<Edit> script;
  for (std::size_t k = 0; k < head; ++k) script.push_back({' ', k, k});
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] == b[head + j]) {
      script.push_back({' ', head + i++, head + j++});
    } else if (i < n && (j == m || lcs(i + 1, j) >= lcs(i, j + 1))) {
      script.push_back({'-', head + i++, head + j});  // deletions first, as diff prints them
    } else {
      script.push_back({'+', head + i, head + j++});
    }
  }
  for (std::size_t k = 0; k < tail; ++k) script.push_back({' ', head + n + k, head + m + k});
  return script;
}

// `start,count` of a unified diff hunk header, as diff prints it: an empty range names the line
// before it, and a count of 1 is left out.
std::string range(std::size_t first, std::size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return std::to_string(count == 0 ? first : first + 1) + "," + std::to_string(count);
}

// A unified diff of `expected` and `actual` (as `diff -u` prints it), or, when the files are too
// different for the table, the first differing line with context.
std::string unified_diff(const std::string& expected, const std::string& actual,
                         const std::string& expected_name, const std::string& actual_name) {
  const std::vector<std::string> a = split_lines(expected);
  const std::vector<std::string> b = split_lines(actual);
  std::string out = "--- " + expected_name + "\n+++ " + actual_name + "\n";
  const std::optional<std::vector<Edit>> script = edit_script(a, b);
  if (!script) {
    std::size_t first = 0;
    while (first < a.size() && first < b.size() && a[first] == b[first]) ++first;
    const std::size_t from = first > kContext ? first - kContext : 0;
    out +=
        "(too different for a diff; first difference at line " + std::to_string(first + 1) + ")\n";
    for (std::size_t k = from; k < first; ++k) out += " " + a[k] + "\n";
    for (std::size_t k = first; k < std::min(a.size(), first + kContext); ++k) {
      out += "-" + a[k] + "\n";
    }
    for (std::size_t k = first; k < std::min(b.size(), first + kContext); ++k) {
      out += "+" + b[k] + "\n";
    }
    return out;
  }
  const std::vector<Edit>& s = *script;
  std::size_t k = 0;
  while (k < s.size()) {
    if (s[k].op == ' ') {
      ++k;
      continue;
    }
    // A hunk: from kContext lines before this change to kContext lines after the last change
    // that is at most 2 * kContext kept lines from the one before it.
    const std::size_t begin = k > kContext ? k - kContext : 0;
    std::size_t end = k;
    std::size_t kept = 0;
    for (std::size_t q = k; q < s.size() && kept <= 2 * kContext; ++q) {
      if (s[q].op == ' ') {
        ++kept;
      } else {
        kept = 0;
        end = q + 1;
      }
    }
    end = std::min(s.size(), end + kContext);
    std::size_t a_count = 0;
    std::size_t b_count = 0;
    std::string body;
    for (std::size_t q = begin; q < end; ++q) {
      const Edit& e = s[q];
      if (e.op != '+') ++a_count;
      if (e.op != '-') ++b_count;
      body += e.op;
      body += e.op == '+' ? b[e.b] : a[e.a];
      body += '\n';
    }
    out += "@@ -" + range(s[begin].a, a_count) + " +" + range(s[begin].b, b_count) + " @@\n";
    out += body;
    k = end;
  }
  return out;
}

std::optional<std::string> read_if_present(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One golden pair: the dump of `input_` must equal its expected file.
class GoldenTest : public testing::Test {
 public:
  explicit GoldenTest(std::string input) : input_(std::move(input)) {}

  void TestBody() override {
    const DumpRun run = dump(input_);
    ASSERT_EQ(run.status, "") << "feedpp dump --json " << input_ << " failed";
    const std::string actual = indent_json(run.out);
    const std::string expected_name = input_ + std::string(kExpectedSuffix);
    const std::string expected_path = golden_dir() + "/" + expected_name;
    const std::optional<std::string> expected = read_if_present(expected_path);
    if (update_mode()) {
      if (expected != actual) {
        std::ofstream out(expected_path, std::ios::binary | std::ios::trunc);
        out << actual;
        ASSERT_TRUE(out.flush()) << "cannot write " << expected_path;
        std::cout << "wrote " << expected_path << "\n";
      }
      return;
    }
    ASSERT_TRUE(expected) << "no " << expected_name << " in tests/data/golden; write it with "
                          << "FEEDPP_UPDATE_GOLDEN=1 ctest -R Golden, then review it";
    if (*expected != actual) {
      ADD_FAILURE() << "feedpp dump --json " << input_ << " differs from " << expected_name
                    << " (if the change is intended: FEEDPP_UPDATE_GOLDEN=1 ctest -R Golden)\n"
                    << unified_diff(*expected, actual, expected_name,
                                    input_ + " (feedpp dump --json, re-indented)");
    }
  }

 private:
  std::string input_;
};

// One test per input, registered before main() runs, as TEST() registers its tests.
[[maybe_unused]] const bool kRegistered = [] {
  for (const std::string& input : inputs()) {
    testing::RegisterTest("Golden", test_name(input).c_str(), nullptr, nullptr, __FILE__, __LINE__,
                          [input]() -> GoldenTest* { return new GoldenTest(input); });
  }
  return true;
}();

TEST(GoldenFiles, ExpectedFilesHaveInputsAndTestNamesDiffer) {
  const std::vector<std::string> files = folder_files();
  ASSERT_FALSE(inputs().empty()) << "no inputs in " << golden_dir();
  std::set<std::string> names;
  for (const std::string& f : files) {
    if (is_input(f)) {
      EXPECT_TRUE(names.insert(test_name(f)).second)
          << f << " has the test name of another input: Golden." << test_name(f);
    } else if (ends_with(f, kExpectedSuffix)) {
      const std::string input = f.substr(0, f.size() - kExpectedSuffix.size());
      EXPECT_TRUE(std::binary_search(files.begin(), files.end(), input))
          << f << " has no input " << input << " beside it: remove it or restore the input";
    }
  }
}

// The diff that a failure prints.
TEST(GoldenFiles, DiffShowsTheChangedLinesWithContext) {
  const std::string a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n";
  const std::string b = "1\n2\n3\n4\n5\nsix\n7\n8\n9\n10\n11\n12\n13\n14\n15\n";
  EXPECT_EQ(unified_diff(a, b, "a", "b"),
            "--- a\n+++ b\n"
            "@@ -3,7 +3,7 @@\n 3\n 4\n 5\n-6\n+six\n 7\n 8\n 9\n"
            "@@ -12,3 +12,4 @@\n 12\n 13\n 14\n+15\n");
  // Changes at most 2 * 3 lines apart share a hunk; a deletion of everything.
  EXPECT_EQ(unified_diff("1\n2\n3\n4\n5\n6\n7\n8\n", "0\n2\n3\n4\n5\n6\n7\n9\n", "a", "b"),
            "--- a\n+++ b\n@@ -1,8 +1,8 @@\n-1\n+0\n 2\n 3\n 4\n 5\n 6\n 7\n-8\n+9\n");
  EXPECT_EQ(unified_diff("x\n", "", "a", "b"), "--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n");
  // Too different for the table: the first difference, with context.
  std::string big_a = "same\n";
  std::string big_b = "same\n";
  for (int k = 0; k < 2100; ++k) {
    big_a += "a" + std::to_string(k) + "\n";
    big_b += "b" + std::to_string(k) + "\n";
  }
  EXPECT_EQ(unified_diff(big_a, big_b, "a", "b"),
            "--- a\n+++ b\n(too different for a diff; first difference at line 2)\n"
            " same\n-a0\n-a1\n-a2\n+b0\n+b1\n+b2\n");
}

TEST(GoldenFiles, IndentingChangesOnlyWhitespaceOutsideStrings) {
  EXPECT_EQ(indent_json(R"({"a":[1,{"b":"x, {y}: \"z\""}],"c":{},"d":[]})"
                        "\n"),
            "{\n"
            "  \"a\": [\n"
            "    1,\n"
            "    {\n"
            "      \"b\": \"x, {y}: \\\"z\\\"\"\n"
            "    }\n"
            "  ],\n"
            "  \"c\": {},\n"
            "  \"d\": []\n"
            "}\n");
}

}  // namespace
}  // namespace feedpp
