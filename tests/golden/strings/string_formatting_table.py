# Building an aligned report with ljust/rjust/center and format specs.

threads = [
    ('MainThread', 'running', 120, 0.5),
    ('Worker-1', 'blocked', 35, 12.25),
    ('Worker-2', 'sleeping', 7, 100.0),
    ('Downloader', 'done', 1024, 0.003),
]

title = ' Thread report '
print(title.center(44, '='))
print('Name'.ljust(12) + 'State'.ljust(10) + 'Steps'.rjust(8) + 'Time'.rjust(10))
print('-' * 44)
for name, state, steps, secs in threads:
    print(name.ljust(12) + state.ljust(10) + str(steps).rjust(8) + ('%.3f' % secs).rjust(10))
print('-' * 44)
total_steps = sum(t[2] for t in threads)
total_time = sum(t[3] for t in threads)
print('TOTAL'.ljust(22) + str(total_steps).rjust(8) + f'{total_time:10.3f}')
print('=' * 44)

# The same table with f-string alignment only.
for name, state, steps, secs in threads:
    print(f'{name:<12}{state:<10}{steps:>8}{secs:>10.3f}')

# A bar chart.
for name, _, steps, _ in threads:
    bar = '#' * (steps // 50)
    print(f'{name:>10} |{bar:<21}| {steps / total_steps:6.1%}')
print(f'{"":-^30}')
print(f'{"centre":^30}'.replace(' ', '.'))
