# types.CoroutineType and types.AsyncGeneratorType.

import types

async def c():
    return 1

async def ag():
    yield 1

def g():
    yield 1

print(types.CoroutineType, types.AsyncGeneratorType)
co = c()
print(isinstance(co, types.CoroutineType), isinstance(ag(), types.AsyncGeneratorType), isinstance(g(), types.AsyncGeneratorType))
co.close()
print(types.AsyncGeneratorType.__name__, types.CoroutineType.__name__)
