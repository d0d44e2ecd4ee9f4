# The errors asyncio.run() and the loop functions give when misused.
import asyncio


async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()


async def answer():
    return 42


def not_async():
    return 1


try:
    asyncio.run(not_async())
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(answer()))
loop.close()
print(loop.is_closed())
coro = answer()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
    coro.close()

c = nested()
print(asyncio.run(c) is None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(answer()))
