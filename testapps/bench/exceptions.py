# Exceptions raised and caught in a loop, with custom classes and finally blocks.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field)
        self.field = field
        self.value = value


def check(i):
    if i % 3 == 0:
        raise ValidationError("a", i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def run(n):
    caught = 0
    finals = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except ValidationError as e:
            caught += e.value % 7
        except KeyError:
            caught += 1
        finally:
            finals += 1
    return caught, finals, total


print(run(4000000))
