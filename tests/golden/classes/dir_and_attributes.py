# Looking at objects: dir(), hasattr, getattr, setattr, vars, type and class names.

class Sensor:
    unit = 'C'

    def __init__(self, name):
        self.name = name
        self.readings = []

    def record(self, value):
        self.readings.append(value)

    def _private_helper(self):
        return 'hidden by convention'


s = Sensor('kitchen')
print([n for n in dir(Sensor) if not n.startswith('_')])
print([n for n in dir(s) if not n.startswith('_')])
print('__init__' in dir(Sensor), '_private_helper' in dir(s))

print(hasattr(s, 'record'), hasattr(s, 'missing'))
method = getattr(s, 'record')
method(21.5)
getattr(s, 'record')(22)
print(s.readings)

for attr in ['name', 'unit', 'nothing']:
    print(attr, '->', getattr(s, attr, '<none>'))

setattr(s, 'unit', 'F')
setattr(s, 'location', 'upstairs')
print(s.unit, Sensor.unit, s.location)
print({n: getattr(s, n) for n in ['name', 'readings', 'unit', 'location']})

print(type(s))
print(Sensor)
print(type(Sensor), type(type(s)).__name__)
print(type(3), type('x'), type(None), type([]), type(print))
print(type(s.record).__name__, type(Sensor.record).__name__, callable(s.record), callable(s.name))
print(type(s).__name__, type(s) is Sensor, type(s) is object)
