//! The `ChannelsApi` implementation: converts between the generated wire types and the
//! domain, and maps domain outcomes to documented responses; a database failure is
//! returned as a `HandlerError`, which the glue logs and answers with a bare JSON 500.
//! No rules live here.

mod convert;

use channels_api::{
    ChannelsApi, DeleteChannelParams, GetChannelParams, ListChannelsParams, UpdateChannelParams,
};
use channels_models::responses::{
    CreateChannelResponse, DeleteChannelResponse, GetChannelResponse, HealthResponse,
    ListChannelsResponse, ReadyResponse, UpdateChannelResponse,
};
use channels_models::{ChannelCreate, ChannelUpdate, DaySchedule, HTTPError, HealthStatus};
use openapi_runtime::{
    AfterValidation, AuthError, Credentials, HandlerError, Loc, Problem, Problems,
};
use sea_orm::DatabaseConnection;

use crate::domain::channels::{ChannelError, ChannelFilter, ChannelService};
use crate::domain::keys::KeyService;
use crate::domain::{TenantId, schedule};

pub struct ChannelsHandler {
    channels: ChannelService,
    keys: KeyService,
    db: DatabaseConnection,
    rules: AfterValidation,
}

impl ChannelsHandler {
    /// `db` answers the readiness probe.
    pub fn new(channels: ChannelService, keys: KeyService, db: DatabaseConnection) -> Self {
        Self {
            channels,
            keys,
            db,
            rules: AfterValidation::new().rule(day_opens_before_it_closes),
        }
    }
}

/// A day's `start` before its `end`, checked once the day's own schema checks pass and
/// reported at its `end`, in the same 422 as every other problem of the request.
fn day_opens_before_it_closes(day: &DaySchedule, loc: &Loc, problems: &mut Problems) {
    if schedule::closes_before_opening(day.enabled, &day.start, &day.end) {
        problems.push(Problem::value_error(
            &loc.key("end"),
            "end must be later than start when the day is enabled",
        ));
    }
}

fn not_found() -> HTTPError {
    HTTPError {
        detail: "Channel not found".to_owned(),
    }
}

fn conflict() -> HTTPError {
    HTTPError {
        detail: "A channel with this name already exists".to_owned(),
    }
}

impl ChannelsApi for ChannelsHandler {
    type Principal = TenantId;

    fn after_validation(&self) -> &AfterValidation {
        &self.rules
    }

    async fn authenticate(&self, credentials: Credentials) -> Result<TenantId, AuthError> {
        let Credentials::Bearer { token, .. } = credentials else {
            return Err(AuthError::Invalid);
        };
        match self.keys.authenticate(&token).await {
            Ok(Some(tenant)) => Ok(tenant),
            Ok(None) => Err(AuthError::Invalid),
            Err(err) => Err(AuthError::Unavailable(err.to_string())),
        }
    }

    async fn list_channels(
        &self,
        tenant: TenantId,
        params: ListChannelsParams,
    ) -> Result<ListChannelsResponse, HandlerError> {
        // Validation guarantees skip >= 0 and 1 <= limit <= 100.
        let filter = ChannelFilter {
            channel_type: params.channel_type,
            is_active: params.is_active,
            skip: u64::try_from(params.skip).unwrap_or_default(),
            limit: u64::try_from(params.limit).unwrap_or_default(),
        };
        let page = self.channels.list(tenant, filter).await?;
        Ok(ListChannelsResponse::Ok(convert::page(
            page,
            params.skip,
            params.limit,
        )))
    }

    async fn create_channel(
        &self,
        tenant: TenantId,
        body: ChannelCreate,
    ) -> Result<CreateChannelResponse, HandlerError> {
        let created = self
            .channels
            .create(tenant, convert::new_channel(body))
            .await;
        Ok(match created {
            Ok(channel) => CreateChannelResponse::Created(convert::channel(channel)),
            Err(ChannelError::NameTaken) => CreateChannelResponse::Conflict(conflict()),
            Err(err) => return Err(err.into()),
        })
    }

    async fn get_channel(
        &self,
        tenant: TenantId,
        params: GetChannelParams,
    ) -> Result<GetChannelResponse, HandlerError> {
        Ok(match self.channels.get(tenant, params.channel_id).await {
            Ok(channel) => GetChannelResponse::Ok(convert::channel(channel)),
            Err(ChannelError::NotFound) => GetChannelResponse::NotFound(not_found()),
            Err(err) => return Err(err.into()),
        })
    }

    async fn update_channel(
        &self,
        tenant: TenantId,
        params: UpdateChannelParams,
        body: ChannelUpdate,
    ) -> Result<UpdateChannelResponse, HandlerError> {
        let updated = self
            .channels
            .update(tenant, params.channel_id, convert::changes(body))
            .await;
        Ok(match updated {
            Ok(channel) => UpdateChannelResponse::Ok(convert::channel(channel)),
            Err(ChannelError::NotFound) => UpdateChannelResponse::NotFound(not_found()),
            Err(ChannelError::NameTaken) => UpdateChannelResponse::Conflict(conflict()),
            Err(err) => return Err(err.into()),
        })
    }

    async fn delete_channel(
        &self,
        tenant: TenantId,
        params: DeleteChannelParams,
    ) -> Result<DeleteChannelResponse, HandlerError> {
        Ok(
            match self.channels.delete(tenant, params.channel_id).await {
                Ok(()) => DeleteChannelResponse::NoContent,
                Err(ChannelError::NotFound) => DeleteChannelResponse::NotFound(not_found()),
                Err(err) => return Err(err.into()),
            },
        )
    }

    async fn health(&self) -> Result<HealthResponse, HandlerError> {
        Ok(HealthResponse::Ok(HealthStatus {
            status: "ok".to_owned(),
        }))
    }

    async fn ready(&self) -> Result<ReadyResponse, HandlerError> {
        // An unreachable database is a documented answer (503), not a failure.
        Ok(match self.db.ping().await {
            Ok(()) => ReadyResponse::Ok(HealthStatus {
                status: "ready".to_owned(),
            }),
            Err(err) => {
                tracing::warn!(error = %err, "database unreachable");
                ReadyResponse::ServiceUnavailable(HealthStatus {
                    status: "database unreachable".to_owned(),
                })
            }
        })
    }
}
