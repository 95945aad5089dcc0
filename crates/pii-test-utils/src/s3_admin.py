"""The test's side door into its moto S3 server (crates/pii-test-utils/src/s3.rs), through boto3:
a client independent of the object_store crate the service uses, so a test can ask the store what
it holds without going through the code under test.

    setup ENDPOINT             creates an IAM user allowed s3:*, prints its key id and secret on one
                               line, then turns moto's IAM checks on: from then on every request
                               must carry a valid SigV4 signature of a known key
    create-bucket ENDPOINT B   creates bucket B
    put ENDPOINT B KEY         stores stdin as object KEY of bucket B
    exists ENDPOINT B KEY      prints yes or no (any other answer is an error)

Every command but setup signs with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY from the environment.
"""

import json
import sys
import urllib.request

import boto3
import botocore.exceptions

REGION = "us-east-1"


def client(service, endpoint, **keys):
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION, **keys)


def setup(endpoint):
    # moto answers these unsigned requests only because its IAM checks are still off.
    iam = client("iam", endpoint, aws_access_key_id="setup", aws_secret_access_key="setup")
    iam.create_user(UserName="pii-test")
    policy = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
    iam.put_user_policy(UserName="pii-test", PolicyName="s3-all", PolicyDocument=json.dumps(policy))
    key = iam.create_access_key(UserName="pii-test")["AccessKey"]
    # The number of requests moto still answers without checking them: none from now on.
    req = urllib.request.Request(
        endpoint + "/moto-api/reset-auth", data=b"0", method="POST", headers={"Content-Type": "text/plain"}
    )
    urllib.request.urlopen(req).read()
    print(key["AccessKeyId"], key["SecretAccessKey"])


def main(command, endpoint, *rest):
    if command == "setup":
        return setup(endpoint)
    s3 = client("s3", endpoint)
    if command == "create-bucket":
        s3.create_bucket(Bucket=rest[0])
    elif command == "put":
        s3.put_object(Bucket=rest[0], Key=rest[1], Body=sys.stdin.buffer.read())
    elif command == "exists":
        try:
            s3.head_object(Bucket=rest[0], Key=rest[1])
            print("yes")
        except botocore.exceptions.ClientError as e:
            if e.response["Error"]["Code"] not in ("404", "NoSuchKey"):
                raise
            print("no")
    else:
        raise SystemExit(f"unknown command {command}")


main(*sys.argv[1:])
