people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30)]
def age(p):
    return p[1]
def name(p):
    return p[0]
print(sorted(people, key=age))
print(sorted(people, key=age, reverse=True))
print(sorted(sorted(people, key=name), key=age))
print(sorted(people, key=name, reverse=True)[0])
print(sorted([3, 1, 2], reverse=False), sorted('hello', reverse=True))
print(sorted([-3, 2, -1], key=abs), sorted(['b', 'A', 'c'], key=str.lower), sorted(['b', 'A', 'c'], key=str.upper, reverse=True))
