# A task scheduler in the style of Richards: objects, method calls, attribute access.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, running):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None and not running
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and not self.waiting

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.waiting = False
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = self.queue is None and False
        return packet


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None, True)
        self.control = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control & 1 == 0:
            self.control //= 2
            return self.scheduler.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, False)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, False)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < 4:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.scheduler.queue_packet(device)
            else:
                self.work = work.link
                return self.scheduler.queue_packet(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, False)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p = self.pending
            self.pending = None
            return self.scheduler.queue_packet(p)
        self.pending = packet
        self.scheduler.hold_count += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        self.current = self.tasks
        while self.current is not None:
            task = self.current
            if task.held or (task.waiting and task.queue is None):
                self.current = task.link
            else:
                packet = task.take_packet() if task.queue is not None else None
                self.current = task.run(packet)

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


def run(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queue_count, s.hold_count


for _ in range(4):
    result = run(100000)
print(result)
