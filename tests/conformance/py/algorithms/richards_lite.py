# A tiny Richards-style scheduler: tasks with priorities, packets, a work queue and state machines.
class Packet:
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind = link, ident, kind
        self.datum = 0
        self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst
class Task:
    def __init__(self, ident, prio, queue, fn, state):
        self.ident, self.prio, self.queue, self.fn, self.state = ident, prio, queue, fn, state
        self.held = False
        self.waiting = queue is None
class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.log = []
        self.qpkt_count = 0
        self.hold_count = 0
    def add(self, task):
        self.tasks[task.ident] = task
    def run(self):
        steps = 0
        while True:
            ready = [t for t in self.tasks.values() if not t.held and (t.queue is not None or not t.waiting)]
            if not ready or steps > 2000:
                break
            task = max(ready, key=lambda t: (t.prio, -t.ident))
            pkt = None
            if task.queue is not None:
                pkt = task.queue
                task.queue = pkt.link
            task.fn(self, task, pkt)
            steps += 1
        return steps
    def qpkt(self, pkt, dest):
        self.qpkt_count += 1
        t = self.tasks[dest]
        pkt.link = None
        t.queue = pkt.append_to(t.queue)
def idle(s, t, pkt):
    t.state["count"] -= 1
    if t.state["count"] == 0:
        t.held = True
        s.hold_count += 1
        return
    s.log.append("idle%d" % t.state["count"])
    dest = 2 if t.state["count"] % 2 else 3
    s.qpkt(Packet(None, 0, "work"), dest)
def worker(s, t, pkt):
    if pkt is None:
        t.waiting = True
        return
    t.state["done"] += 1
    pkt.datum = t.state["done"]
    s.qpkt(pkt, 4)
def device(s, t, pkt):
    if pkt is None:
        t.waiting = True
        return
    t.state["sum"] += pkt.datum * t.ident
sch = Scheduler()
sch.add(Task(1, 0, None, idle, {"count": 50}))
sch.tasks[1].waiting = False
sch.add(Task(2, 1000, None, worker, {"done": 0}))
sch.add(Task(3, 2000, None, worker, {"done": 0}))
sch.add(Task(4, 3000, None, device, {"sum": 0}))
steps = sch.run()
print(steps, sch.qpkt_count, sch.hold_count, sch.tasks[2].state, sch.tasks[3].state, sch.tasks[4].state, sch.log[:5], len(sch.log))
