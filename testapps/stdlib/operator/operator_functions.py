import operator
from operator import add, sub, mul, truediv, floordiv, mod, neg, pos, lt, le, eq, ne, ge, gt

print(add(2, 3), sub(10, 4), mul(3, 7), truediv(7, 2), floordiv(7, 2), mod(7, 3), operator.pow(2, 10))
print(add("ab", "cd"), add([1], [2]), mul("ab", 3), neg(5), pos(-5), operator.abs(-3.5), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.and_({1, 2}, {2, 3}), operator.or_({1}, {2}))
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne("a", "b"), ge(1, 2), gt(3, 2), lt("a", "b"), eq([1], [1]))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(5), operator.is_(None, None), operator.is_not(1, None))
print(operator.index(7), operator.index(True), operator.concat([1], [2, 3]), operator.concat("a", "b"), operator.concat((1,), (2,)))
print(operator.contains([1, 2, 3], 2), operator.contains("abc", "d"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
d = {"a": 1}
print(operator.getitem(d, "a"), operator.getitem([10, 20, 30], 1), operator.getitem("hello", slice(1, 3)))
operator.setitem(d, "b", 2)
lst = [1, 2, 3, 4]
operator.setitem(lst, 0, 99)
operator.delitem(lst, 1)
operator.delitem(d, "a")
print(d, lst)
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(5, 7), operator.length_hint(iter([])))
x = [1]
y = operator.iadd(x, [2])
print(x, y, x is y, operator.iadd(1, 2), operator.isub(5, 3), operator.imul("a", 3), operator.iconcat([1], [2]))
print(operator.itruediv(1, 4), operator.ifloordiv(9, 4), operator.imod(9, 4), operator.ipow(3, 3), operator.ilshift(1, 3), operator.irshift(16, 2))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.__add__(1, 2), operator.__not__(1), operator.__getitem__([5], 0), operator.__lt__(1, 2), operator.__abs__(-1))
print(operator.call(max, 1, 5, 2), operator.call(sorted, [3, 1, 2], reverse=True))
