print("runner.cli loaded")


def run(args):
    if args[0] == "greet":
        from .commands.greet import greet
        return greet(args[1])
    from .commands import count
    return count.count(int(args[1]))
