# An exception raised inside an except block: both tracebacks are printed,
# joined by "During handling of the above exception, another exception occurred:".

def load(config, key):
    try:
        return config[key]
    except KeyError:
        print('missing key, trying the fallback')
        return config['fallback'].upper()


config = {'name': 'interleave', 'fallback': None}
print(load(config, 'name'))
print(load(config, 'port'))
