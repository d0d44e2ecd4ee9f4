"""requests.exceptions: the exceptions of the simulated `requests` package (see `requests`).

Names, messages and the hierarchy are requests 2.31's: RequestException is an OSError,
MissingSchema, InvalidSchema and InvalidURL are also ValueErrors, and ConnectTimeout is both a
ConnectionError and a Timeout.
"""


class RequestException(OSError):
    """There was an ambiguous exception that occurred while handling your
    request."""
    __module__ = 'requests.exceptions'

    def __init__(self, *args, **kwargs):
        response = kwargs.pop("response", None)
        self.response = response
        self.request = kwargs.pop("request", None)
        if response is not None and not self.request and hasattr(response, "request"):
            self.request = self.response.request
        super().__init__(*args, **kwargs)


class InvalidJSONError(RequestException):
    """A JSON error occurred."""
    __module__ = 'requests.exceptions'


class HTTPError(RequestException):
    """An HTTP error occurred."""
    __module__ = 'requests.exceptions'


class ConnectionError(RequestException):
    """A Connection error occurred."""
    __module__ = 'requests.exceptions'


class ProxyError(ConnectionError):
    """A proxy error occurred."""
    __module__ = 'requests.exceptions'


class SSLError(ConnectionError):
    """An SSL error occurred."""
    __module__ = 'requests.exceptions'


class Timeout(RequestException):
    """The request timed out."""
    __module__ = 'requests.exceptions'


class ConnectTimeout(ConnectionError, Timeout):
    """The request timed out while trying to connect to the remote server."""
    __module__ = 'requests.exceptions'


class ReadTimeout(Timeout):
    """The server did not send any data in the allotted amount of time."""
    __module__ = 'requests.exceptions'


class URLRequired(RequestException):
    """A valid URL is required to make a request."""
    __module__ = 'requests.exceptions'


class TooManyRedirects(RequestException):
    """Too many redirects."""
    __module__ = 'requests.exceptions'


class MissingSchema(RequestException, ValueError):
    """The URL scheme (e.g. http or https) is missing."""
    __module__ = 'requests.exceptions'


class InvalidSchema(RequestException, ValueError):
    """The URL scheme provided is either invalid or unsupported."""
    __module__ = 'requests.exceptions'


class InvalidURL(RequestException, ValueError):
    """The URL provided was somehow invalid."""
    __module__ = 'requests.exceptions'


class InvalidHeader(RequestException, ValueError):
    """The header value provided was somehow invalid."""
    __module__ = 'requests.exceptions'


class ChunkedEncodingError(RequestException):
    """The server declared chunked encoding but sent an invalid chunk."""
    __module__ = 'requests.exceptions'


class ContentDecodingError(RequestException):
    """Failed to decode response content."""
    __module__ = 'requests.exceptions'


class RetryError(RequestException):
    """Custom retries logic failed"""
    __module__ = 'requests.exceptions'
