# assert with and without message; the message is evaluated only on failure.
def msg():
    print("message evaluated")
    return "the message"

assert True, msg()
try:
    assert False
except AssertionError as e:
    print("1", repr(e), e.args)
try:
    assert 0, msg()
except AssertionError as e:
    print("2", repr(e))
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print("3", repr(e), e.args)
try:
    assert 1 > 2, 42
except AssertionError as e:
    print("4", e, e.args)
x = 5
assert x == 5
print("done")
