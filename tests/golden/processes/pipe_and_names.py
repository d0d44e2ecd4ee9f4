# A Pipe between parent and child; names of nested processes; parent_process().
import multiprocessing as mp


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            conn.send('bye')
            return
        conn.send(msg.upper())


def nested():
    me = mp.current_process()
    child = mp.Process(target=report)
    child.start()
    child.join()
    print("middle:", me.name, me._identity, mp.parent_process().name, flush=True)


def report():
    me = mp.current_process()
    print("inner:", me.name, me._identity, mp.parent_process().name, flush=True)


if __name__ == '__main__':
    here, there = mp.Pipe()
    p = mp.Process(target=echo, args=(there,))
    p.start()
    for word in ['ping', 'pong']:
        here.send(word)
        print(here.recv())
    here.send(None)
    print(here.recv(), here.poll(0.1))
    p.join()
    reader, writer = mp.Pipe(duplex=False)
    writer.send({'k': [1, 2]})
    print(reader.recv())
    try:
        reader.send(1)
    except OSError as e:
        print("OSError:", e)
    p = mp.Process(target=nested)
    p.start()
    p.join()
    print(mp.Process().name, mp.active_children())
