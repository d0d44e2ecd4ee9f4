# Fails on purpose: the notes' handler is written `except e:`. The name is only looked up
# when an exception reaches the handler, and then it raises NameError during handling.
import logging


def get_page(url):
    raise ConnectionError(f"cannot reach {url}")


def download_site(url):
    try:
        get_page(url)
    except e:
        logging.info(e)


print("no error, no lookup:")
try:
    pass
except e:
    pass
print("ok")
download_site("https://www.jython.org")
