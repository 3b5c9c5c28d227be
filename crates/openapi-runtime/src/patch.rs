//! The tri-state value of an optional, nullable property in a merge patch.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
use utoipa::{PartialSchema, ToSchema};

/// An optional property that may also be `null`: absent (leave as is), `null` (clear)
/// or a value (replace).
///
/// Use it on a struct field with `#[serde(default, skip_serializing_if = "Patch::is_absent")]`:
/// serde then maps a missing property to [`Patch::Absent`], `null` to [`Patch::Null`] and
/// anything else to [`Patch::Value`], and writes nothing for `Absent`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Patch<T> {
    /// The property was not sent.
    #[default]
    Absent,
    /// The property was sent as `null`.
    Null,
    /// The property was sent with a value.
    Value(T),
}

impl<T> Patch<T> {
    /// Whether the property was not sent (the `skip_serializing_if` predicate).
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// Whether the property was sent as `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// Borrows the value, keeping the state.
    pub fn as_ref(&self) -> Patch<&T> {
        match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(value),
        }
    }

    /// `None` when absent, `Some(None)` when null, `Some(Some(value))` otherwise.
    pub fn into_option(self) -> Option<Option<T>> {
        match self {
            Self::Absent => None,
            Self::Null => Some(None),
            Self::Value(value) => Some(Some(value)),
        }
    }

    /// Transforms the value, keeping the state.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Patch<U> {
        match self {
            Self::Absent => Patch::Absent,
            Self::Null => Patch::Null,
            Self::Value(value) => Patch::Value(f(value)),
        }
    }
}

impl<T> From<Option<T>> for Patch<T> {
    /// A present property: `None` is `null`.
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Self::Value)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    /// Only called when the property is present (absence comes from `#[serde(default)]`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Self::from)
    }
}

impl<T: Serialize> Serialize for Patch<T> {
    /// `Absent` is written as `null` when it is not skipped, like `Null`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Absent | Self::Null => serializer.serialize_none(),
            Self::Value(value) => serializer.serialize_some(value),
        }
    }
}

impl<T: PartialSchema> PartialSchema for Patch<T> {
    /// The value's schema or `null`, as the document writes a nullable property.
    fn schema() -> RefOr<Schema> {
        OneOfBuilder::new()
            .item(T::schema())
            .item(ObjectBuilder::new().schema_type(Type::Null))
            .into()
    }
}

impl<T: ToSchema> ToSchema for Patch<T> {
    fn name() -> Cow<'static, str> {
        T::name()
    }

    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        T::schemas(schemas);
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    use super::Patch;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Update {
        #[serde(default, skip_serializing_if = "Patch::is_absent")]
        mode: Patch<String>,
    }

    fn parse(value: serde_json::Value) -> Patch<String> {
        match serde_json::from_value::<Update>(value) {
            Ok(update) => update.mode,
            Err(error) => panic!("unexpected error: {error}"),
        }
    }

    #[test]
    fn deserialises_the_three_states() {
        assert_eq!(parse(json!({})), Patch::Absent);
        assert_eq!(parse(json!({"mode": null})), Patch::Null);
        assert_eq!(
            parse(json!({"mode": "manual"})),
            Patch::Value("manual".to_owned())
        );
    }

    #[test]
    fn rejects_a_value_of_the_wrong_type() {
        assert!(serde_json::from_value::<Update>(json!({"mode": 3})).is_err());
    }

    #[test]
    fn serialises_absent_as_nothing_and_null_as_null() {
        let write = |mode| serde_json::to_value(Update { mode }).ok();
        assert_eq!(write(Patch::Absent), Some(json!({})));
        assert_eq!(write(Patch::Null), Some(json!({"mode": null})));
        assert_eq!(
            write(Patch::Value("x".to_owned())),
            Some(json!({"mode": "x"}))
        );
    }

    #[test]
    fn helpers_keep_the_state() {
        let value: Patch<i32> = Patch::Value(2);
        assert_eq!(value.map(|v| v * 10), Patch::Value(20));
        assert_eq!(value.as_ref(), Patch::Value(&2));
        assert_eq!(value.into_option(), Some(Some(2)));
        assert_eq!(Patch::<i32>::Null.into_option(), Some(None));
        assert_eq!(Patch::<i32>::Absent.into_option(), None);
        assert!(Patch::<i32>::Absent.is_absent());
        assert!(Patch::<i32>::Null.is_null());
        assert_eq!(Patch::from(None::<i32>), Patch::Null);
    }

    #[test]
    fn schema_is_the_value_schema_or_null() {
        use utoipa::PartialSchema;
        let schema = serde_json::to_value(Patch::<String>::schema()).ok();
        assert_eq!(
            schema,
            Some(json!({"oneOf": [{"type": "string"}, {"type": "null"}]}))
        );
    }
}
