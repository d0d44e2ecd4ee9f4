# raise ... from ...: the cause is printed first, then
# "The above exception was the direct cause of the following exception:".

class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError('port must be a number, got %r' % text) from e


def configure(settings):
    port = parse_port(settings['port'])
    print('port is', port)
    return port


configure({'port': '8080'})
configure({'port': 'eighty'})
