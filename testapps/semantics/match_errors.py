# The errors CPython raises while matching class and mapping patterns.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

not_a_class = len
class ListArgs:
    __match_args__ = ["a"]
    a = 1
class BadElement:
    __match_args__ = ("a", 2)
    a = 1
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
class NoArgs:
    pass

def call_not_type():
    match 1:
        case not_a_class():
            return "matched"
    return "no match"

def list_match_args():
    match ListArgs():
        case ListArgs(1):
            return "matched"

def bad_element():
    match BadElement():
        case BadElement(1, 2):
            return "matched"

def first_element_fine():
    match BadElement():
        case BadElement(1):
            return "only the first is looked at"

def too_many_builtin():
    match 5:
        case int(5, 6):
            return "matched"

def too_many_user():
    match Two():
        case Two(1, 2, 3):
            return "matched"

def no_match_args():
    match NoArgs():
        case NoArgs(1):
            return "matched"

def duplicate_attribute():
    match Two():
        case Two(x, a=1):
            return "matched"

def not_instance_first():
    # isinstance fails first, so the bad __match_args__ is never looked at.
    match 5:
        case ListArgs(1):
            return "matched"
    return "no match, no error"

def error_in_value():
    match 5:
        case int(x) if x / 0:
            return "never"

def eq_raises():
    class Bad:
        def __eq__(self, other):
            raise RuntimeError("eq failed")
    class H:
        bad = Bad()
    match 1:
        case H.bad:
            return "no"

def mapping_get_raises():
    class Boom:
        def __eq__(self, other):
            return self is other
        def __hash__(self):
            raise TypeError("no hash for you")
    class H:
        b = Boom()
    match {1: 2}:
        case {H.b: 1}:
            return "no"

def unhashable_key():
    class H:
        k = []
    match {1: 2}:
        case {H.k: 1}:
            return "no"

for fn in [call_not_type, list_match_args, bad_element, first_element_fine, too_many_builtin, too_many_user,
           no_match_args, duplicate_attribute, not_instance_first, error_in_value, eq_raises, mapping_get_raises,
           unhashable_key]:
    attempt(fn.__name__, fn)
