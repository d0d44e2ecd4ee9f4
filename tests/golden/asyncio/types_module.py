# The types module: type objects, SimpleNamespace and the coroutine() decorator.
import types
import asyncio
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a)
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]))
def f(): pass
def g(): yield
async def c(): pass
print(isinstance(f, types.FunctionType), isinstance(g(), types.GeneratorType))
co = c()
print(isinstance(co, types.CoroutineType), type(co) is types.CoroutineType)
co.close()
print(types.ModuleType, types.FunctionType, types.GeneratorType, types.CoroutineType)
class K:
    def m(self): pass
print(isinstance(K().m, types.MethodType), isinstance(types, types.ModuleType))

@types.coroutine
def legacy_sleep():
    print("legacy yields")
    yield
    return "legacy done"

async def main():
    r = await legacy_sleep()
    print(r)
asyncio.run(main())
