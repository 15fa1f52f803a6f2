# The interpreter's own printer (an uncaught exception) marks lines by slightly different rules
# than the traceback module: here a ')' before the operator, and a chained exception.
def first(values):
    return (values)+ None


def second():
    try:
        first([1])
    except TypeError:
        return {"a": 1}["b"] * 2


second()
