"""requests: a SIMULATED HTTP client with the API of the `requests` package (2.31).

There is no network under Interleave. A request does not leave the VM: it blocks the calling
thread on the virtual clock for a simulated latency (the other threads run meanwhile, as they do
while CPython waits on a socket), then returns a response whose content is made up. This is
what the notes' I/O-bound lesson needs: downloads that wait, so that threads, a thread pool or
asyncio.to_thread overlap the waiting.

Latency, drawn from the run's seeded *world* generator (the one `os.urandom` uses), so the same
seed gives the same times and another seed other ones:
- opening a connection: 10-40 ms for http, 20-80 ms for https (TCP, plus TLS). A Session keeps
  its connections: its first request to a host pays this, later ones do not. `requests.get()`
  uses a new session each time, so it always pays it.
- the response itself: 20-180 ms.
With `timeout=t` (or `(connect, read)`), a phase that would take longer raises ConnectTimeout or
ReadTimeout after waiting t.

The simulated web (the same on every run):
- `http(s)://host/status/N` answers with status N and an empty body (httpbin.org's convention).
- Everything else answers 200 with an HTML page (ASCII, utf-8) whose size is fixed by the host:
  www.jython.org 10966 bytes, olympus.realpython.org 276 bytes, example.com and
  www.example.com 1256 bytes; any other host and path: 512 + FNV-1a-64(host + path) % 16384
  bytes. So `len(response.content)` prints stable numbers.

URLs are checked as requests checks them, with its errors: no scheme -> MissingSchema
(`Invalid URL 'x': No scheme supplied. Perhaps you meant https://x?`), a scheme other than
http/https -> InvalidSchema (`No connection adapters were found for 'ftp://x'`), no host ->
InvalidURL. Responses have status_code, reason, url, headers, encoding, content, text, ok,
elapsed (`total_seconds()`), history, request, raise_for_status(), iter_content(), close(), the
with-block and the repr `<Response [200]>`. Not there: json(), cookies, auth, redirects,
streaming uploads, proxies.
"""

import _net
import _interleave
from _time import sleep as _sleep, elapsed_ns as _elapsed_ns

import requests.exceptions as exceptions
from requests.exceptions import (
    RequestException, Timeout, URLRequired, TooManyRedirects, HTTPError, ConnectionError,
    ConnectTimeout, ReadTimeout, InvalidURL, InvalidSchema, MissingSchema, InvalidHeader,
    InvalidJSONError, SSLError, ProxyError, ChunkedEncodingError, ContentDecodingError,
    RetryError,
)

__version__ = "2.31.0"

__all__ = ["get", "head", "post", "put", "patch", "delete", "options", "request", "Session",
           "session", "Response", "PreparedRequest", "codes", "exceptions"]

_REASONS = {
    100: 'Continue', 101: 'Switching Protocols', 200: 'OK', 201: 'Created',
    202: 'Accepted', 204: 'No Content', 206: 'Partial Content', 301: 'Moved Permanently',
    302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect',
    308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required',
    403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 413: 'Payload Too Large',
    415: 'Unsupported Media Type', 418: "I'm a teapot", 422: 'Unprocessable Entity',
    429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented',
    502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
}


class _Codes:
    """requests.codes: status codes by name (`codes.ok == 200`)."""
    ok = 200
    created = 201
    accepted = 202
    no_content = 204
    moved_permanently = 301
    found = 302
    not_modified = 304
    bad_request = 400
    unauthorized = 401
    forbidden = 403
    not_found = 404
    teapot = 418
    too_many_requests = 429
    internal_server_error = 500
    bad_gateway = 502
    service_unavailable = 503
    gateway_timeout = 504


codes = _Codes()

_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"


def _quote_plus(text):
    out = []
    for ch in str(text):
        if ch in _SAFE:
            out.append(ch)
        elif ch == ' ':
            out.append('+')
        else:
            for b in ch.encode('utf-8'):
                out.append('%%%02X' % b)
    return ''.join(out)


def _encode_params(params):
    if params is None:
        return ''
    if isinstance(params, (str, bytes)):
        return params.decode() if isinstance(params, bytes) else params
    items = params.items() if hasattr(params, 'items') else params
    parts = []
    for k, vs in items:
        if isinstance(vs, (list, tuple)):
            values = vs
        else:
            values = [vs]
        for v in values:
            if v is not None:
                parts.append(_quote_plus(k) + '=' + _quote_plus(v))
    return '&'.join(parts)


class _Url:
    """A URL taken apart as requests (urllib3's parse_url) does."""

    def __init__(self, scheme, netloc, host, port, path, query, fragment):
        self.scheme = scheme
        self.netloc = netloc
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.fragment = fragment

    def text(self):
        url = self.scheme + '://' + self.netloc + self.path
        if self.query:
            url += '?' + self.query
        if self.fragment:
            url += '#' + self.fragment
        return url


def _prepare_url(url, params=None):
    """(prepared url text, _Url or None for a URL requests passes through unparsed)."""
    if isinstance(url, bytes):
        url = url.decode("utf8")
    else:
        url = str(url)
    url = url.lstrip()
    if ":" in url and not url.lower().startswith("http"):
        return url, None
    scheme = None
    rest = url
    if '://' in url:
        scheme, rest = url.split('://', 1)
        scheme = scheme.lower()
    if not scheme:
        raise MissingSchema(
            f"Invalid URL {url!r}: No scheme supplied. "
            f"Perhaps you meant https://{url}?"
        )
    fragment = ''
    if '#' in rest:
        rest, fragment = rest.split('#', 1)
    query = ''
    if '?' in rest:
        rest, query = rest.split('?', 1)
    if '/' in rest:
        netloc, path = rest.split('/', 1)
        path = '/' + path
    else:
        netloc, path = rest, ''
    auth = ''
    if '@' in netloc:
        auth, netloc = netloc.rsplit('@', 1)
    host = netloc
    port = None
    if ':' in netloc and not netloc.endswith(']'):
        host, port_text = netloc.rsplit(':', 1)
        if port_text:
            if not port_text.isdigit() or int(port_text) > 65535:
                raise InvalidURL(f"Failed to parse: {url}")
            port = int(port_text)
    host = host.lower()
    if not host:
        raise InvalidURL(f"Invalid URL {url!r}: No host supplied")
    if host.startswith(("*", ".")):
        raise InvalidURL("URL has an invalid label.")
    netloc = (auth + '@' if auth else '') + host + (':%d' % port if port is not None else '')
    if not path:
        path = '/'
    enc = _encode_params(params)
    if enc:
        query = query + '&' + enc if query else enc
    parts = _Url(scheme, netloc, host, port, path, query, fragment)
    return parts.text(), parts


class _Elapsed:
    """Response.elapsed: how long the request took (requests gives a datetime.timedelta)."""

    def __init__(self, ns):
        self._us = (ns + 500) // 1000

    def total_seconds(self):
        return self._us / 1e6

    @property
    def seconds(self):
        return self._us // 1000000

    @property
    def microseconds(self):
        return self._us % 1000000

    def __repr__(self):
        s, us = self.seconds, self.microseconds
        if s and us:
            return 'datetime.timedelta(seconds=%d, microseconds=%d)' % (s, us)
        if s:
            return 'datetime.timedelta(seconds=%d)' % s
        if us:
            return 'datetime.timedelta(microseconds=%d)' % us
        return 'datetime.timedelta(0)'


class PreparedRequest:
    """The request a response answers: method, url and headers."""

    def __init__(self, method, url, headers):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = None

    def __repr__(self):
        return f"<PreparedRequest [{self.method}]>"


class Response:
    """The :class:`Response <Response>` object, which contains a
    server's response to an HTTP request."""

    def __init__(self):
        self._content = b''
        self.status_code = None
        self.headers = {}
        self.url = None
        self.encoding = None
        self.history = []
        self.reason = None
        self.elapsed = _Elapsed(0)
        self.request = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<Response [{self.status_code}]>"

    def __bool__(self):
        return self.ok

    def __iter__(self):
        return self.iter_content(128)

    @property
    def ok(self):
        try:
            self.raise_for_status()
        except HTTPError:
            return False
        return True

    @property
    def content(self):
        return self._content

    @property
    def text(self):
        if not self._content:
            return ""
        return self._content.decode(self.encoding or 'utf-8', 'replace')

    @property
    def apparent_encoding(self):
        return 'ascii'

    def iter_content(self, chunk_size=1, decode_unicode=False):
        data = self._content
        if chunk_size is None:
            chunk_size = len(data) or 1
        for i in range(0, len(data), chunk_size):
            chunk = data[i:i + chunk_size]
            yield chunk.decode(self.encoding or 'utf-8', 'replace') if decode_unicode else chunk

    def json(self, **kwargs):
        raise NotImplementedError("not supported by Interleave: Response.json() "
                                  "(the simulated pages are HTML)")

    def raise_for_status(self):
        """Raises :class:`HTTPError`, if one occurred."""
        http_error_msg = ""
        reason = self.reason
        if 400 <= self.status_code < 500:
            http_error_msg = (
                f"{self.status_code} Client Error: {reason} for url: {self.url}"
            )
        elif 500 <= self.status_code < 600:
            http_error_msg = (
                f"{self.status_code} Server Error: {reason} for url: {self.url}"
            )
        if http_error_msg:
            raise HTTPError(http_error_msg, response=self)

    def close(self):
        pass


def _timeouts(timeout):
    if timeout is None:
        return None, None
    if isinstance(timeout, tuple):
        if len(timeout) != 2:
            raise ValueError(
                f"Invalid timeout {timeout}. Pass a (connect, read) timeout tuple, "
                f"or a single float to set both timeouts to the same value."
            )
        return timeout
    return timeout, timeout


def _pool_name(parts):
    pool = 'HTTPSConnectionPool' if parts.scheme == 'https' else 'HTTPConnectionPool'
    port = parts.port
    if port is None:
        port = 443 if parts.scheme == 'https' else 80
    return f"{pool}(host={parts.host!r}, port={port})"


class Session:
    """A Requests session: keeps connections open (see the module docstring), usable as a
    with-block."""

    def __init__(self):
        self.headers = {
            'User-Agent': 'python-requests/2.31.0',
            'Accept-Encoding': 'gzip, deflate',
            'Accept': '*/*',
            'Connection': 'keep-alive',
        }
        self._connections = []

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._connections = []

    def request(self, method, url, params=None, data=None, headers=None, cookies=None,
                files=None, auth=None, timeout=None, allow_redirects=True, proxies=None,
                hooks=None, stream=None, verify=None, cert=None, json=None):
        method = str(method).upper()
        text, parts = _prepare_url(url, params)
        if parts is None or parts.scheme not in ('http', 'https'):
            raise InvalidSchema(f"No connection adapters were found for {text!r}")
        connect_timeout, read_timeout = _timeouts(timeout)
        sent_headers = dict(self.headers)
        if headers:
            sent_headers.update(headers)
        prepared = PreparedRequest(method, text, sent_headers)
        start = _elapsed_ns()
        key = (parts.scheme, parts.host, parts.port)
        if key not in self._connections:
            if parts.scheme == 'https':
                setup = _net.draw_ns(20_000_000, 80_000_000)
            else:
                setup = _net.draw_ns(10_000_000, 40_000_000)
            if connect_timeout is not None and setup > connect_timeout * 1e9:
                _sleep(connect_timeout)
                raise ConnectTimeout(
                    f"{_pool_name(parts)}: Max retries exceeded with url: {parts.path} "
                    f"(Caused by ConnectTimeoutError('Connection to {parts.host} timed out. "
                    f"(connect timeout={connect_timeout})'))", request=prepared)
            _sleep(setup / 1e9)
            self._connections.append(key)
        wait = _net.draw_ns(20_000_000, 180_000_000)
        if read_timeout is not None and wait > read_timeout * 1e9:
            _sleep(read_timeout)
            self._connections.remove(key)
            raise ReadTimeout(
                f"{_pool_name(parts)}: Read timed out. (read timeout={read_timeout})",
                request=prepared)
        _sleep(wait / 1e9)
        status, body = _net.page(parts.host, parts.path)
        if method == 'HEAD':
            length = len(body)
            body = b''
        else:
            length = len(body)
        response = Response()
        response.status_code = status
        response.reason = _REASONS.get(status, '')
        response.url = text
        response._content = body
        response.encoding = 'utf-8' if length else None
        response.headers = {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Length': str(length),
        }
        response.request = prepared
        response.elapsed = _Elapsed(_elapsed_ns() - start)
        _interleave.trace("requests", f"{method} {text} -> {status} ({length} bytes)")
        return response

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)

    def head(self, url, **kwargs):
        return self.request("HEAD", url, **kwargs)

    def options(self, url, **kwargs):
        return self.request("OPTIONS", url, **kwargs)

    def post(self, url, data=None, json=None, **kwargs):
        return self.request("POST", url, data=data, json=json, **kwargs)

    def put(self, url, data=None, **kwargs):
        return self.request("PUT", url, data=data, **kwargs)

    def patch(self, url, data=None, **kwargs):
        return self.request("PATCH", url, data=data, **kwargs)

    def delete(self, url, **kwargs):
        return self.request("DELETE", url, **kwargs)


def session():
    return Session()


def request(method, url, **kwargs):
    with Session() as s:
        return s.request(method=method, url=url, **kwargs)


def get(url, params=None, **kwargs):
    return request("get", url, params=params, **kwargs)


def head(url, **kwargs):
    return request("head", url, **kwargs)


def options(url, **kwargs):
    return request("options", url, **kwargs)


def post(url, data=None, json=None, **kwargs):
    return request("post", url, data=data, json=json, **kwargs)


def put(url, data=None, **kwargs):
    return request("put", url, data=data, **kwargs)


def patch(url, data=None, **kwargs):
    return request("patch", url, data=data, **kwargs)


def delete(url, **kwargs):
    return request("delete", url, **kwargs)
