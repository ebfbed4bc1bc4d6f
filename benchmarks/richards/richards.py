# richards: Martin Richards' operating-system simulation: an idle task, a worker, two packet
# handlers and two devices exchange packets through a priority scheduler with held and suspended
# states. One scheduler run (idle count 10000) must queue 23246 packets and hold 9297 times;
# size = scheduler runs per iteration.
# Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
import sys
import time

IDLE_COUNT = 10000
EXPECTED_QUEUE_COUNT = 23246
EXPECTED_HOLD_COUNT = 9297

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUMBER_OF_IDS = 6

KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4

STATE_RUNNING = 0
STATE_RUNNABLE = 1
STATE_SUSPENDED = 2
STATE_HELD = 4
STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE
STATE_NOT_HELD = ~STATE_HELD


class Packet:
    def __init__(self, link, identity, kind):
        self.link = link
        self.identity = identity
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def add_to(self, queue):
        self.link = None
        if queue is None:
            return self
        peek = queue
        while peek.link is not None:
            peek = peek.link
        peek.link = self
        return queue


class TaskControlBlock:
    def __init__(self, link, identity, priority, queue, task):
        self.link = link
        self.identity = identity
        self.priority = priority
        self.queue = queue
        self.task = task
        self.state = STATE_SUSPENDED if queue is None else STATE_SUSPENDED_RUNNABLE

    def set_running(self):
        self.state = STATE_RUNNING

    def mark_as_not_held(self):
        self.state = self.state & STATE_NOT_HELD

    def mark_as_held(self):
        self.state = self.state | STATE_HELD

    def is_held_or_suspended(self):
        return (self.state & STATE_HELD) != 0 or self.state == STATE_SUSPENDED

    def mark_as_suspended(self):
        self.state = self.state | STATE_SUSPENDED

    def mark_as_runnable(self):
        self.state = self.state | STATE_RUNNABLE

    def run(self):
        if self.state == STATE_SUSPENDED_RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            self.state = STATE_RUNNING if self.queue is None else STATE_RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def check_priority_add(self, task, packet):
        if self.queue is None:
            self.queue = packet
            self.mark_as_runnable()
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.add_to(self.queue)
        return task


class IdleTask:
    def __init__(self, scheduler, seed, count):
        self.scheduler = scheduler
        self.seed = seed
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_current()
        if (self.seed & 1) == 0:
            self.seed = self.seed >> 1
            return self.scheduler.release(ID_DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(ID_DEVICE_B)


class DeviceTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.suspend_current()
            waiting = self.pending
            self.pending = None
            return self.scheduler.queue(waiting)
        self.pending = packet
        return self.scheduler.hold_current()


class WorkerTask:
    def __init__(self, scheduler, destination, counter):
        self.scheduler = scheduler
        self.destination = destination
        self.counter = counter

    def run(self, packet):
        if packet is None:
            return self.scheduler.suspend_current()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.identity = self.destination
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.counter += 1
            if self.counter > 26:
                self.counter = 1
            packet.a2[i] = self.counter
        return self.scheduler.queue(packet)


class HandlerTask:
    def __init__(self, scheduler):
        self.scheduler = scheduler
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.add_to(self.work_queue)
            else:
                self.device_queue = packet.add_to(self.device_queue)
        if self.work_queue is not None:
            count = self.work_queue.a1
            if count < DATA_SIZE:
                if self.device_queue is not None:
                    device_packet = self.device_queue
                    self.device_queue = device_packet.link
                    device_packet.a1 = self.work_queue.a2[count]
                    self.work_queue.a1 = count + 1
                    return self.scheduler.queue(device_packet)
            else:
                work_packet = self.work_queue
                self.work_queue = work_packet.link
                return self.scheduler.queue(work_packet)
        return self.scheduler.suspend_current()


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * NUMBER_OF_IDS
        self.task_list = None
        self.current = None
        self.current_id = 0

    def add_task(self, identity, priority, queue, task):
        self.current = TaskControlBlock(self.task_list, identity, priority, queue, task)
        self.task_list = self.current
        self.blocks[identity] = self.current

    def add_idle_task(self, identity, priority, queue, count):
        self.add_task(identity, priority, queue, IdleTask(self, 1, count))
        self.current.set_running()

    def schedule(self):
        self.current = self.task_list
        while self.current is not None:
            if self.current.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current_id = self.current.identity
                self.current = self.current.run()

    def release(self, identity):
        tcb = self.blocks[identity]
        if tcb is None:
            return tcb
        tcb.mark_as_not_held()
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.mark_as_held()
        return self.current.link

    def suspend_current(self):
        self.current.mark_as_suspended()
        return self.current

    def queue(self, packet):
        target = self.blocks[packet.identity]
        if target is None:
            return target
        self.queue_count += 1
        packet.link = None
        packet.identity = self.current_id
        return target.check_priority_add(self.current, packet)


def run_once():
    scheduler = Scheduler()
    scheduler.add_idle_task(ID_IDLE, 0, None, IDLE_COUNT)
    queue = Packet(None, ID_WORKER, KIND_WORK)
    queue = Packet(queue, ID_WORKER, KIND_WORK)
    scheduler.add_task(ID_WORKER, 1000, queue, WorkerTask(scheduler, ID_HANDLER_A, 0))
    queue = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_A, KIND_DEVICE)
    scheduler.add_task(ID_HANDLER_A, 2000, queue, HandlerTask(scheduler))
    queue = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, ID_DEVICE_B, KIND_DEVICE)
    scheduler.add_task(ID_HANDLER_B, 3000, queue, HandlerTask(scheduler))
    scheduler.add_task(ID_DEVICE_A, 4000, None, DeviceTask(scheduler))
    scheduler.add_task(ID_DEVICE_B, 5000, None, DeviceTask(scheduler))
    scheduler.schedule()
    if scheduler.queue_count != EXPECTED_QUEUE_COUNT or scheduler.hold_count != EXPECTED_HOLD_COUNT:
        raise Exception("richards: queued " + str(scheduler.queue_count) + " and held " + str(scheduler.hold_count) +
                        ", expected " + str(EXPECTED_QUEUE_COUNT) + " and " + str(EXPECTED_HOLD_COUNT))


def run(runs):
    for i in range(runs):
        run_once()


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    for i in range(iterations):
        start = time.perf_counter()
        run(size)
        elapsed = time.perf_counter() - start
        print("iteration " + str(i + 1) + ": " + str(int(elapsed * 1000000)) + " us")


main()
