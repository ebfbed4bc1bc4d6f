# towers: Towers of Hanoi with disks as objects stacked on linked pegs; size = number of disks.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time


class Disk:
    def __init__(self, size):
        self.size = size
        self.next = None


class Towers:
    def __init__(self):
        self.piles = [None, None, None]
        self.moves = 0

    def push(self, pile, disk):
        top = self.piles[pile]
        if top is not None and disk.size >= top.size:
            raise Exception("towers: cannot put a big disk on a smaller one")
        disk.next = top
        self.piles[pile] = disk

    def pop(self, pile):
        top = self.piles[pile]
        if top is None:
            raise Exception("towers: pop from an empty pile")
        self.piles[pile] = top.next
        top.next = None
        return top

    def move_top(self, source, target):
        self.push(target, self.pop(source))
        self.moves += 1

    def move(self, source, target, count):
        if count == 1:
            self.move_top(source, target)
        else:
            other = 3 - source - target
            self.move(source, other, count - 1)
            self.move_top(source, target)
            self.move(other, target, count - 1)

    def build(self, pile, disks):
        size = disks - 1
        while size >= 0:
            self.push(pile, Disk(size))
            size -= 1


def run(disks):
    towers = Towers()
    towers.build(0, disks)
    towers.move(0, 1, disks)
    return towers


def verify(towers, disks):
    expected = 1
    for i in range(disks):
        expected = expected * 2
    expected -= 1
    if towers.moves != expected:
        raise Exception("towers: " + str(towers.moves) + " moves, expected " + str(expected))
    disk = towers.piles[1]
    size = 0
    while disk is not None:
        if disk.size != size:
            raise Exception("towers: target pile out of order")
        size += 1
        disk = disk.next
    if size != disks or towers.piles[0] is not None or towers.piles[2] is not None:
        raise Exception("towers: disks left on the wrong pile")


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    for i in range(iterations):
        start = time.perf_counter()
        result = run(size)
        elapsed = time.perf_counter() - start
        verify(result, size)
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
