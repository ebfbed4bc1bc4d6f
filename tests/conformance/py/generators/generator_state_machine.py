# Generators as coroutines/state machines: averaging with send, a tokenizer, round-robin scheduling.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 5]])
def tokens(text):
    num = ""
    for ch in text + " ":
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if ch in "+-*/()":
            yield ("OP", ch)
print(list(tokens("12+3*(45-6)")))
def task(name, n):
    for i in range(n):
        yield "%s:%d" % (name, i)
def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            yield next(g)
            queue.append(g)
        except StopIteration:
            pass
print(list(round_robin(task("a", 3), task("b", 1), task("c", 2))))
def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
light = traffic_light()
print([next(light) for _ in range(7)])
