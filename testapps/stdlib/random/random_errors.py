import random

random.seed(5)
try:
    print("choice([])", repr(random.choice([])))
except Exception as e:
    print("choice([])", type(e).__name__, e)
try:
    print("randrange(0)", repr(random.randrange(0)))
except Exception as e:
    print("randrange(0)", type(e).__name__, e)
try:
    print("randrange(5, 5)", repr(random.randrange(5, 5)))
except Exception as e:
    print("randrange(5, 5)", type(e).__name__, e)
try:
    print("randrange(1, 10, 0)", repr(random.randrange(1, 10, 0)))
except Exception as e:
    print("randrange(1, 10, 0)", type(e).__name__, e)
try:
    print("randrange(10, 1, 2)", repr(random.randrange(10, 1, 2)))
except Exception as e:
    print("randrange(10, 1, 2)", type(e).__name__, e)
try:
    print("randrange('a')", repr(random.randrange("a")))
except Exception as e:
    print("randrange('a')", type(e).__name__, e)
try:
    print("randint(5, 1)", repr(random.randint(5, 1)))
except Exception as e:
    print("randint(5, 1)", type(e).__name__, e)
try:
    print("randint(1)", repr(random.randint(1)))
except Exception as e:
    print("randint(1)", type(e).__name__, e)
try:
    print("randint()", repr(random.randint()))
except Exception as e:
    print("randint()", type(e).__name__, e)
try:
    print("randint(1,2,3)", repr(random.randint(1, 2, 3)))
except Exception as e:
    print("randint(1,2,3)", type(e).__name__, e)
try:
    print("randint(x=1)", repr(random.randint(1, 2, x=1)))
except Exception as e:
    print("randint(x=1)", type(e).__name__, e)
try:
    print("getrandbits(-1)", repr(random.getrandbits(-1)))
except Exception as e:
    print("getrandbits(-1)", type(e).__name__, e)
try:
    print("getrandbits()", repr(random.getrandbits()))
except Exception as e:
    print("getrandbits()", type(e).__name__, e)
try:
    print("random(1)", repr(random.random(1)))
except Exception as e:
    print("random(1)", type(e).__name__, e)
try:
    print("sample(set)", repr(random.sample({1, 2, 3}, 2)))
except Exception as e:
    print("sample(set)", type(e).__name__, e)
try:
    print("sample(k>n)", repr(random.sample([1, 2], 3)))
except Exception as e:
    print("sample(k>n)", type(e).__name__, e)
try:
    print("sample(k<0)", repr(random.sample([1, 2], -1)))
except Exception as e:
    print("sample(k<0)", type(e).__name__, e)
try:
    print("sample(no k)", repr(random.sample([1, 2])))
except Exception as e:
    print("sample(no k)", type(e).__name__, e)
try:
    print("sample(counts)", repr(random.sample([1, 2], 1, counts=[1])))
except Exception as e:
    print("sample(counts)", type(e).__name__, e)
try:
    print("choices(k pos)", repr(random.choices([1, 2], 3)))
except Exception as e:
    print("choices(k pos)", type(e).__name__, e)
try:
    print("choices(both)", repr(random.choices([1, 2], [1, 1], cum_weights=[1, 2])))
except Exception as e:
    print("choices(both)", type(e).__name__, e)
try:
    print("choices(len)", repr(random.choices([1, 2], [1])))
except Exception as e:
    print("choices(len)", type(e).__name__, e)
try:
    print("choices(zero)", repr(random.choices([1, 2], [0, 0])))
except Exception as e:
    print("choices(zero)", type(e).__name__, e)
try:
    print("seed(list)", repr(random.seed([1, 2])))
except Exception as e:
    print("seed(list)", type(e).__name__, e)
try:
    print("gammavariate(0,1)", repr(random.gammavariate(0, 1)))
except Exception as e:
    print("gammavariate(0,1)", type(e).__name__, e)
try:
    print("shuffle(str)", repr(random.shuffle("abc")))
except Exception as e:
    print("shuffle(str)", type(e).__name__, e)
try:
    print("Random(1, 2)", repr(random.Random(1, 2)))
except Exception as e:
    print("Random(1, 2)", type(e).__name__, e)
try:
    print("uniform(1)", repr(random.uniform(1)))
except Exception as e:
    print("uniform(1)", type(e).__name__, e)
print(random.randint(1, 10))
