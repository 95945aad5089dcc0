"""Starts moto's server (arguments as for `python -m moto.server`) with one correction to its
signature check, so that it checks SigV4 as S3 does.

moto rebuilds the canonical request from a query string that has already been percent-decoded and
hands it to botocore as it is, so a signed `?prefix=in%2F` is checked as `?prefix=in/` and every
listing of a prefix fails with SignatureDoesNotMatch, whoever signed it (boto3 too; moto issue
5948). Here the query is split into its parameters, decoded (a no-op where moto already decoded),
and botocore encodes them the way SigV4 specifies. The signature itself is still computed and
compared by moto; nothing is let through that it would refuse for another reason. Parameter values
holding a literal '%' or '&' would still be misread: the tests use none.
"""

import sys
from urllib.parse import unquote, urlsplit

from moto import server
from moto.iam import access_control

_create_aws_request = access_control.IAMRequestBase._create_aws_request


def _with_canonical_query(self):
    request = _create_aws_request(self)
    parts = urlsplit(request.url)
    if parts.query:
        pairs = (pair.partition("=") for pair in parts.query.split("&"))
        request.params = [(unquote(key), unquote(value)) for key, _, value in pairs]
        request.url = parts.path
    return request


access_control.IAMRequestBase._create_aws_request = _with_canonical_query
server.main(sys.argv[1:])
