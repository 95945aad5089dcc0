"""The test's side door into its Azurite (crates/pii-test-utils/src/azurite.rs), through Microsoft's
Azure Blob SDK: a client independent of the object_store crate the service uses, so a test can ask
the store what it holds without going through the code under test.

    create-container URL C     creates container C
    put URL C BLOB             stores stdin as blob BLOB of container C
    exists URL C BLOB          prints yes or no

URL is the account's blob endpoint; the account name and key (SharedKey) come from
AZURE_STORAGE_ACCOUNT_NAME and AZURE_STORAGE_ACCOUNT_KEY.
"""

import os
import sys

from azure.storage.blob import BlobServiceClient

# The newest service version the pinned Azurite (scripts/test-npm) accepts; the SDK's own default
# is newer, and Azurite refuses versions it does not know.
API_VERSION = "2025-11-05"


def main(command, url, container, *rest):
    credential = {
        "account_name": os.environ["AZURE_STORAGE_ACCOUNT_NAME"],
        "account_key": os.environ["AZURE_STORAGE_ACCOUNT_KEY"],
    }
    service = BlobServiceClient(account_url=url, credential=credential, api_version=API_VERSION)
    if command == "create-container":
        service.create_container(container)
    elif command == "put":
        service.get_blob_client(container, rest[0]).upload_blob(sys.stdin.buffer.read(), overwrite=True)
    elif command == "exists":
        print("yes" if service.get_blob_client(container, rest[0]).exists() else "no")
    else:
        raise SystemExit(f"unknown command {command}")


main(*sys.argv[1:])
