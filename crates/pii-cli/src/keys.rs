//! `pii-redactor keys`: API key administration against the configured store.

use pii_core::{KeyScopes, TenantId};
use pii_db::keys;
use pii_gateway::auth::{Authenticator, generate_key};
use pii_runtime::Settings;

use crate::KeysCommand;
use crate::roles::open_db;

pub(crate) async fn run(settings: Settings, command: KeysCommand) -> anyhow::Result<()> {
    let db = open_db(&settings).await?;
    match command {
        KeysCommand::Create { tenant, scopes } => {
            let tenant = TenantId::parse(&tenant)?;
            let scopes = scopes.as_deref().map(|s| KeyScopes::parse_list(s, '+')).transpose()?.unwrap_or(KeyScopes::DEFAULT);
            let key = generate_key();
            Authenticator::new(db).seed(&tenant, &key, scopes).await?;
            eprintln!("created a key for tenant {tenant} with scopes {scopes}; it is shown only now:");
            println!("{key}");
        }
        KeysCommand::List { tenant } => {
            let tenant = tenant.as_deref().map(TenantId::parse).transpose()?;
            let rows = db.run(move |c| keys::list_keys(c, tenant.as_ref())).await?;
            for k in rows {
                let state = if k.revoked_at.is_some() { "revoked" } else { "active" };
                println!("{}\t{}\t{}…\t{}\t{}", k.id, k.tenant_id, k.key_prefix, state, k.scopes);
            }
        }
        KeysCommand::Revoke { id } => {
            let shown = id.clone();
            if db.run(move |c| keys::revoke_key(c, &id)).await? {
                println!("revoked {shown}");
            } else {
                anyhow::bail!("no active key with id {shown}");
            }
        }
    }
    Ok(())
}
