//! Input and output locations as users write them, parsed once at the edge.
//!
//! Which locations a deployment may actually reach (file roots, private networks) is decided by the
//! storage adapter; this module only knows the syntax and the naming conventions.

use std::fmt;
use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use url::Url;

use crate::CoreError;

/// Longest URI we accept; longer ones are almost certainly abuse and would bloat every index.
pub const MAX_URI_LEN: usize = 2048;

/// The storage systems a job can read from or write to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    S3,
    Gs,
    Az,
    File,
    /// A process-local in-memory store, for tests and the embedded demo.
    Memory,
    Https,
    Http,
}

impl Scheme {
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::S3 => "s3",
            Scheme::Gs => "gs",
            Scheme::Az => "az",
            Scheme::File => "file",
            Scheme::Memory => "memory",
            Scheme::Https => "https",
            Scheme::Http => "http",
        }
    }

    /// Object stores and local files can be written; web servers cannot.
    pub fn is_writable(self) -> bool {
        !matches!(self, Scheme::Https | Scheme::Http)
    }

    pub fn is_web(self) -> bool {
        matches!(self, Scheme::Https | Scheme::Http)
    }
}

/// A syntactically valid location of one object.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ObjectUri {
    scheme: Scheme,
    url: Url,
}

impl ObjectUri {
    /// # Errors
    /// `CoreError::Invalid` for a malformed URI, an unsupported scheme, a missing bucket or object name,
    /// embedded credentials, or a URI longer than [`MAX_URI_LEN`].
    pub fn parse(s: &str) -> Result<Self, CoreError> {
        if s.len() > MAX_URI_LEN {
            return Err(CoreError::invalid("uri", format!("longer than {MAX_URI_LEN} bytes")));
        }
        let url = Url::parse(s).map_err(|e| CoreError::invalid("uri", e.to_string()))?;
        let scheme = match url.scheme() {
            "s3" => Scheme::S3,
            "gs" => Scheme::Gs,
            "az" | "azure" => Scheme::Az,
            "file" => Scheme::File,
            "memory" => Scheme::Memory,
            "https" => Scheme::Https,
            "http" => Scheme::Http,
            other => {
                return Err(CoreError::invalid("uri", format!("unsupported scheme {other:?}: use s3, gs, az, file, https or memory")));
            }
        };
        if !url.username().is_empty() || url.password().is_some() {
            return Err(CoreError::invalid("uri", "credentials in the URI are not accepted"));
        }
        let uri = ObjectUri { scheme, url };
        match scheme {
            Scheme::File => {
                if uri.url.host_str().is_some_and(|h| !h.is_empty() && h != "localhost") {
                    return Err(CoreError::invalid("uri", "file:// URIs cannot name a remote host"));
                }
                if uri.url.query().is_some() || uri.url.fragment().is_some() {
                    return Err(CoreError::invalid("uri", "file:// URIs take no query or fragment"));
                }
                uri.file_path()?;
            }
            Scheme::Https | Scheme::Http => {
                if uri.url.host().is_none() {
                    return Err(CoreError::invalid("uri", "missing host"));
                }
            }
            _ => {
                if uri.bucket().is_none_or(str::is_empty) {
                    return Err(CoreError::invalid("uri", "missing bucket"));
                }
                if uri.url.query().is_some() || uri.url.fragment().is_some() {
                    return Err(CoreError::invalid("uri", "object URIs take no query or fragment"));
                }
            }
        }
        if !scheme.is_web() && uri.key().is_empty() {
            return Err(CoreError::invalid("uri", "missing object name"));
        }
        if uri.key().split('/').any(|seg| seg == ".." || seg == ".") {
            return Err(CoreError::invalid("uri", "dot segments are not allowed"));
        }
        Ok(uri)
    }

    pub fn scheme(&self) -> Scheme {
        self.scheme
    }

    pub fn url(&self) -> &Url {
        &self.url
    }

    pub fn as_str(&self) -> &str {
        self.url.as_str()
    }

    /// The bucket or container for object stores.
    pub fn bucket(&self) -> Option<&str> {
        match self.scheme {
            Scheme::S3 | Scheme::Gs | Scheme::Az | Scheme::Memory => self.url.host_str(),
            _ => None,
        }
    }

    /// The object key (percent-decoded path without the leading slash).
    pub fn key(&self) -> String {
        let path = self.url.path().trim_start_matches('/');
        percent_decode(path)
    }

    /// The local path of a `file://` URI.
    ///
    /// # Errors
    /// `CoreError::Invalid` when this is not a `file://` URI or its path is not absolute.
    pub fn file_path(&self) -> Result<PathBuf, CoreError> {
        if self.scheme != Scheme::File {
            return Err(CoreError::invalid("uri", "not a file:// URI"));
        }
        self.url.to_file_path().map_err(|()| CoreError::invalid("uri", "not an absolute local path"))
    }

    /// The last path segment, used for naming outputs and guessing formats.
    pub fn file_name(&self) -> String {
        let key = self.key();
        key.rsplit('/').next().unwrap_or_default().to_owned()
    }

    /// Where the output goes when the user does not say: a `redacted/` folder beside the input
    /// (`s3://my-bucket/report.pdf` becomes `s3://my-bucket/redacted/report.pdf`). Web inputs have no
    /// such place; the caller decides.
    pub fn default_output(&self) -> Option<ObjectUri> {
        if !self.scheme.is_writable() {
            return None;
        }
        let path = self.url.path();
        let cut = path.rfind('/').map_or(0, |i| i + 1);
        let mut url = self.url.clone();
        url.set_path(&format!("{}redacted/{}", &path[..cut], &path[cut..]));
        Some(ObjectUri { scheme: self.scheme, url })
    }

    /// A folder-like prefix (`s3://bucket/dir/`, `file:///srv/in/dir/`): like [`ObjectUri::parse`] but
    /// the key may be empty (a whole bucket), and a trailing `/` is added when missing.
    ///
    /// # Errors
    /// As [`ObjectUri::parse`]; web locations are not prefixes.
    pub fn parse_prefix(s: &str) -> Result<ObjectUri, CoreError> {
        let with_slash = if s.ends_with('/') { s.to_owned() } else { format!("{s}/") };
        // Parse with a placeholder object name so the usual checks apply, then drop it.
        let probe = ObjectUri::parse(&format!("{with_slash}_"))?;
        if probe.scheme.is_web() {
            return Err(CoreError::invalid("uri", "a prefix must be an object store or file:// location"));
        }
        let mut url = probe.url;
        let path = url.path().trim_end_matches('_').to_owned();
        url.set_path(&path);
        Ok(ObjectUri { scheme: probe.scheme, url })
    }

    /// The object `rel` (a `/`-separated relative key) below this prefix.
    ///
    /// # Errors
    /// `CoreError::Invalid` when `rel` is empty or holds dot segments.
    pub fn join_key(&self, rel: &str) -> Result<ObjectUri, CoreError> {
        if rel.is_empty() || rel.split('/').any(|s| s == ".." || s == "." || s.is_empty()) {
            return Err(CoreError::invalid("uri", "invalid relative object name"));
        }
        let mut url = self.url.clone();
        {
            let mut segs = url.path_segments_mut().map_err(|()| CoreError::invalid("uri", "cannot be a base"))?;
            segs.pop_if_empty();
            for seg in rel.split('/') {
                segs.push(seg);
            }
        }
        ObjectUri::parse(url.as_str())
    }

    /// A location for a job's output under a base folder: `{base}/{tenant}/{job}/{file name}`.
    ///
    /// # Errors
    /// `CoreError::Invalid` when the base cannot take a path.
    pub fn join_output(base: &ObjectUri, tenant: &str, job: &str, file_name: &str) -> Result<ObjectUri, CoreError> {
        let mut url = base.url.clone();
        let name = if file_name.is_empty() { "output" } else { file_name };
        {
            let mut segs = url.path_segments_mut().map_err(|()| CoreError::invalid("uri", "cannot be a base"))?;
            segs.pop_if_empty().push(tenant).push(job).push(name);
        }
        ObjectUri::parse(url.as_str())
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex_val(bytes[i + 1]), hex_val(bytes[i + 2]))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_val(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

impl fmt::Display for ObjectUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.url.as_str())
    }
}

impl fmt::Debug for ObjectUri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjectUri({})", self.url)
    }
}

impl Serialize for ObjectUri {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.url.as_str())
    }
}

impl<'de> Deserialize<'de> for ObjectUri {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        ObjectUri::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for ObjectUri {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("ObjectUri")
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "maxLength": MAX_URI_LEN,
            "pattern": "^(s3|gs|az|azure|file|memory|https|http)://"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_output_goes_to_a_redacted_folder_beside_the_input() {
        let cases = [
            ("s3://my-bucket/report.pdf", "s3://my-bucket/redacted/report.pdf"),
            ("s3://b/dir/sub/x.csv", "s3://b/dir/sub/redacted/x.csv"),
            ("file:///data/in/a.txt", "file:///data/in/redacted/a.txt"),
            ("gs://b/a%20b.txt", "gs://b/redacted/a%20b.txt"),
        ];
        for (input, want) in cases {
            let out = ObjectUri::parse(input).unwrap().default_output().unwrap();
            assert_eq!(out.as_str(), want);
        }
        assert!(ObjectUri::parse("https://example.com/a.txt").unwrap().default_output().is_none());
    }

    #[test]
    fn unsupported_and_malformed_uris_are_refused() {
        for bad in [
            "ftp://example.com/x.txt",
            "not a uri",
            "s3:///key-without-bucket",
            "s3://bucket",
            "s3://bucket/",
            "https://user:pw@example.com/x",
            "file://remote-host/etc/passwd",
            "s3://b/a/..%2Fb",
        ] {
            assert!(ObjectUri::parse(bad).is_err(), "{bad}");
        }
        assert!(ObjectUri::parse(&format!("s3://b/{}", "a".repeat(MAX_URI_LEN))).is_err());
    }

    #[test]
    fn keys_and_paths_are_percent_decoded() {
        let u = ObjectUri::parse("file:///tmp/a%20b.txt").unwrap();
        assert_eq!(u.file_path().unwrap(), PathBuf::from("/tmp/a b.txt"));
        let s = ObjectUri::parse("s3://bkt/dir/a%20b.txt").unwrap();
        assert_eq!(s.bucket(), Some("bkt"));
        assert_eq!(s.key(), "dir/a b.txt");
        assert_eq!(s.file_name(), "a b.txt");
    }

    #[test]
    fn file_uris_resolve_dot_segments_before_we_see_them() {
        // The URL parser normalises `..`; the storage adapter still confines the result to its roots.
        let u = ObjectUri::parse("file:///srv/in/../../etc/passwd").unwrap();
        assert_eq!(u.file_path().unwrap(), PathBuf::from("/etc/passwd"));
    }

    #[test]
    fn prefixes_parse_and_join() {
        let p = ObjectUri::parse_prefix("s3://bucket/dir").unwrap();
        assert_eq!(p.as_str(), "s3://bucket/dir/");
        assert_eq!(p.key(), "dir/");
        assert_eq!(ObjectUri::parse_prefix("s3://bucket/").unwrap().key(), "");
        assert_eq!(p.join_key("a b/c.txt").unwrap().as_str(), "s3://bucket/dir/a%20b/c.txt");
        assert!(p.join_key("../x").is_err());
        assert!(ObjectUri::parse_prefix("https://example.com/dir/").is_err());
        let f = ObjectUri::parse_prefix("file:///srv/in/").unwrap();
        assert_eq!(f.join_key("x.txt").unwrap().file_path().unwrap(), PathBuf::from("/srv/in/x.txt"));
    }

    #[test]
    fn outputs_join_under_a_base() {
        let base = ObjectUri::parse("file:///var/lib/pii/outputs/").unwrap();
        let out = ObjectUri::join_output(&base, "t1", "job_x", "page.html").unwrap();
        assert_eq!(out.as_str(), "file:///var/lib/pii/outputs/t1/job_x/page.html");
    }
}
