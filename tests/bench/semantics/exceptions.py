# Exceptions raised and caught: builtin and user classes, try/finally, nesting.
class AppError(Exception):
    pass

def fail(i):
    if i % 2:
        raise AppError(i)
    raise KeyError(i)

def main():
    caught = 0
    for i in range(200000):
        try:
            fail(i)
        except AppError:
            caught += 1
        except KeyError as e:
            caught += 2
        finally:
            caught += 1
    total = 0
    for i in range(1000000):
        try:
            total += i
        except ValueError:
            total = 0
    print(caught, total)

main()
