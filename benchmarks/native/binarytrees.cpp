// binarytrees (native baseline): the tree allocation pattern of benchmarks/binarytrees with
// individually heap-allocated nodes (new/delete); size = max depth.
#include <memory>

#include "bench_protocol.hpp"

namespace {

struct Node {
  std::unique_ptr<Node> left, right;
  long check() const { return left ? 1 + left->check() + right->check() : 1; }
};

std::unique_ptr<Node> bottom_up(int depth) {
  auto node = std::make_unique<Node>();
  if (depth > 0) {
    node->left = bottom_up(depth - 1);
    node->right = bottom_up(depth - 1);
  }
  return node;
}

long tree_size(int depth) { return (2L << depth) - 1; }

void expect(long actual, long expected, const char* what) {
  if (actual != expected) bench::fail(std::string("binarytrees: ") + what + " checked " + std::to_string(actual));
}

long run(long max_depth_arg) {
  int max_depth = static_cast<int>(max_depth_arg);
  if (max_depth < 4) bench::fail("binarytrees: size must be at least 4");
  long total = bottom_up(max_depth + 1)->check();
  expect(total, tree_size(max_depth + 1), "stretch tree");
  auto long_lived = bottom_up(max_depth);
  for (int depth = 4; depth <= max_depth; depth += 2) {
    long trees = 1L << (max_depth - depth + 4);
    long checked = 0;
    for (long i = 0; i < trees; i++) checked += bottom_up(depth)->check();
    expect(checked, trees * tree_size(depth), "short-lived trees");
    total += checked;
  }
  long checked = long_lived->check();
  expect(checked, tree_size(max_depth), "long-lived tree");
  return total + checked;
}

}  // namespace

int main(int argc, char** argv) {
  return bench::run_protocol(argc, argv, 14, run, [](long, long) {});
}
