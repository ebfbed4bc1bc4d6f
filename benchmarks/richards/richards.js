// richards: Martin Richards' operating-system simulation: an idle task, a worker, two packet
// handlers and two devices exchange packets through a priority scheduler with held and suspended
// states. One scheduler run (idle count 10000) must queue 23246 packets and hold 9297 times;
// size = scheduler runs per iteration.
// Protocol (benchmarks/README.md): argv = [iterations, size]; one "iteration N: T us" line each.
"use strict";

const IDLE_COUNT = 10000;
const EXPECTED_QUEUE_COUNT = 23246;
const EXPECTED_HOLD_COUNT = 9297;

const ID_IDLE = 0;
const ID_WORKER = 1;
const ID_HANDLER_A = 2;
const ID_HANDLER_B = 3;
const ID_DEVICE_A = 4;
const ID_DEVICE_B = 5;
const NUMBER_OF_IDS = 6;

const KIND_DEVICE = 0;
const KIND_WORK = 1;
const DATA_SIZE = 4;

const STATE_RUNNING = 0;
const STATE_RUNNABLE = 1;
const STATE_SUSPENDED = 2;
const STATE_HELD = 4;
const STATE_SUSPENDED_RUNNABLE = STATE_SUSPENDED | STATE_RUNNABLE;
const STATE_NOT_HELD = ~STATE_HELD;

class Packet {
  constructor(link, identity, kind) {
    this.link = link;
    this.identity = identity;
    this.kind = kind;
    this.a1 = 0;
    this.a2 = [0, 0, 0, 0];
  }

  addTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let peek = queue;
    while (peek.link !== null) peek = peek.link;
    peek.link = this;
    return queue;
  }
}

class TaskControlBlock {
  constructor(link, identity, priority, queue, task) {
    this.link = link;
    this.identity = identity;
    this.priority = priority;
    this.queue = queue;
    this.task = task;
    this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  }

  setRunning() { this.state = STATE_RUNNING; }
  markAsNotHeld() { this.state = this.state & STATE_NOT_HELD; }
  markAsHeld() { this.state = this.state | STATE_HELD; }
  isHeldOrSuspended() { return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED; }
  markAsSuspended() { this.state = this.state | STATE_SUSPENDED; }
  markAsRunnable() { this.state = this.state | STATE_RUNNABLE; }

  run() {
    let packet;
    if (this.state === STATE_SUSPENDED_RUNNABLE) {
      packet = this.queue;
      this.queue = packet.link;
      this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
    } else {
      packet = null;
    }
    return this.task.run(packet);
  }

  checkPriorityAdd(task, packet) {
    if (this.queue === null) {
      this.queue = packet;
      this.markAsRunnable();
      if (this.priority > task.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return task;
  }
}

class IdleTask {
  constructor(scheduler, seed, count) {
    this.scheduler = scheduler;
    this.seed = seed;
    this.count = count;
  }

  run(packet) {
    this.count--;
    if (this.count === 0) return this.scheduler.holdCurrent();
    if ((this.seed & 1) === 0) {
      this.seed = this.seed >> 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.seed = (this.seed >> 1) ^ 0xD008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class DeviceTask {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.pending = null;
  }

  run(packet) {
    if (packet === null) {
      if (this.pending === null) return this.scheduler.suspendCurrent();
      const waiting = this.pending;
      this.pending = null;
      return this.scheduler.queue(waiting);
    }
    this.pending = packet;
    return this.scheduler.holdCurrent();
  }
}

class WorkerTask {
  constructor(scheduler, destination, counter) {
    this.scheduler = scheduler;
    this.destination = destination;
    this.counter = counter;
  }

  run(packet) {
    if (packet === null) return this.scheduler.suspendCurrent();
    this.destination = this.destination === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.identity = this.destination;
    packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.counter++;
      if (this.counter > 26) this.counter = 1;
      packet.a2[i] = this.counter;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.workQueue = null;
    this.deviceQueue = null;
  }

  run(packet) {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.workQueue = packet.addTo(this.workQueue);
      else this.deviceQueue = packet.addTo(this.deviceQueue);
    }
    if (this.workQueue !== null) {
      const count = this.workQueue.a1;
      if (count < DATA_SIZE) {
        if (this.deviceQueue !== null) {
          const devicePacket = this.deviceQueue;
          this.deviceQueue = devicePacket.link;
          devicePacket.a1 = this.workQueue.a2[count];
          this.workQueue.a1 = count + 1;
          return this.scheduler.queue(devicePacket);
        }
      } else {
        const workPacket = this.workQueue;
        this.workQueue = workPacket.link;
        return this.scheduler.queue(workPacket);
      }
    }
    return this.scheduler.suspendCurrent();
  }
}

class Scheduler {
  constructor() {
    this.queueCount = 0;
    this.holdCount = 0;
    this.blocks = [];
    for (let i = 0; i < NUMBER_OF_IDS; i++) this.blocks.push(null);
    this.taskList = null;
    this.current = null;
    this.currentId = 0;
  }

  addTask(identity, priority, queue, task) {
    this.current = new TaskControlBlock(this.taskList, identity, priority, queue, task);
    this.taskList = this.current;
    this.blocks[identity] = this.current;
  }

  addIdleTask(identity, priority, queue, count) {
    this.addTask(identity, priority, queue, new IdleTask(this, 1, count));
    this.current.setRunning();
  }

  schedule() {
    this.current = this.taskList;
    while (this.current !== null) {
      if (this.current.isHeldOrSuspended()) {
        this.current = this.current.link;
      } else {
        this.currentId = this.current.identity;
        this.current = this.current.run();
      }
    }
  }

  release(identity) {
    const tcb = this.blocks[identity];
    if (tcb === null) return tcb;
    tcb.markAsNotHeld();
    if (tcb.priority > this.current.priority) return tcb;
    return this.current;
  }

  holdCurrent() {
    this.holdCount++;
    this.current.markAsHeld();
    return this.current.link;
  }

  suspendCurrent() {
    this.current.markAsSuspended();
    return this.current;
  }

  queue(packet) {
    const target = this.blocks[packet.identity];
    if (target === null) return target;
    this.queueCount++;
    packet.link = null;
    packet.identity = this.currentId;
    return target.checkPriorityAdd(this.current, packet);
  }
}

function runOnce() {
  const scheduler = new Scheduler();
  scheduler.addIdleTask(ID_IDLE, 0, null, IDLE_COUNT);
  let queue = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  scheduler.addTask(ID_WORKER, 1000, queue, new WorkerTask(scheduler, ID_HANDLER_A, 0));
  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  scheduler.addTask(ID_HANDLER_A, 2000, queue, new HandlerTask(scheduler));
  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  scheduler.addTask(ID_HANDLER_B, 3000, queue, new HandlerTask(scheduler));
  scheduler.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(scheduler));
  scheduler.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(scheduler));
  scheduler.schedule();
  if (scheduler.queueCount !== EXPECTED_QUEUE_COUNT || scheduler.holdCount !== EXPECTED_HOLD_COUNT) {
    throw new Error("richards: queued " + scheduler.queueCount + " and held " + scheduler.holdCount +
      ", expected " + EXPECTED_QUEUE_COUNT + " and " + EXPECTED_HOLD_COUNT);
  }
}

function run(runs) {
  for (let i = 0; i < runs; i++) runOnce();
}

function main() {
  const iterations = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 1;
  const size = process.argv.length > 3 ? parseInt(process.argv[3], 10) : 8;
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    run(size);
    const elapsed = performance.now() - start;
    console.log("iteration " + (i + 1) + ": " + Math.round(elapsed * 1000) + " us");
  }
}

main();
