# Features of the Richards benchmark (pyclassic): a task scheduler over a class hierarchy with
# explicit base __init__ calls, isinstance asserts, state kept on a module-level object, a
# `global` counter, bit arithmetic (// binds tighter than ^), print(end='').
K_WORK, K_DEV = 1001, 1000


class Packet(object):
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class Area(object):
    def __init__(self):
        self.tasks = [None] * 4
        self.head = None
        self.holds = 0


area = Area()
trace_count = 0


class Task(object):
    def __init__(self, ident, prio, queue):
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.held = False
        self.link = area.head
        area.head = self
        area.tasks[ident] = self

    def fn(self, pkt):
        raise NotImplementedError

    def hold(self):
        area.holds += 1
        self.held = True
        return self.link


class Worker(Task):
    def __init__(self, ident, prio, queue):
        Task.__init__(self, ident, prio, queue)
        self.count = 0

    def fn(self, pkt):
        global trace_count
        assert isinstance(self, Task)
        if pkt is None:
            return self.hold()
        for i in range(4):
            self.count = self.count + 1 if self.count < 26 else 1
            pkt.data[i] = ord('A') + self.count - 1
        trace_count += 1
        print(''.join(map(chr, pkt.data)), end=' ')
        return self


class Idle(Task):
    def __init__(self, ident, prio, queue):
        super().__init__(ident, prio, queue)
        self.control = 1

    def fn(self, pkt):
        if self.control & 1 == 0:
            self.control //= 2
        else:
            self.control = self.control // 2 ^ 0xd008
        return self.hold() if self.control == 0 else self.link


def run(steps):
    q = Packet(None, 1, K_WORK)
    q = Packet(q, 1, K_WORK)
    Worker(1, 1000, q)
    Idle(2, 1, None)
    t = area.head
    for _ in range(steps):
        if t is None:
            t = area.head
            for task in area.tasks:
                if task is not None:
                    task.held = False
            area.tasks[1].queue = Packet(None, 1, K_WORK)
            continue
        if t.held:
            t = t.link
            continue
        pkt = t.queue
        if pkt is not None:
            t.queue = pkt.link
        t = t.fn(pkt)
    print()
    return area.holds, trace_count, area.tasks[2].control


print(run(60))
try:
    Task(3, 0, None).fn(None)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
print(Packet(None, 0, K_DEV).append_to(Packet(None, 1, K_DEV)).link.ident)
