//! A channel's weekly business hours.

use serde::{Deserialize, Serialize};

/// Opening hours of one day. Times are 24-hour `HH:MM`, already checked for shape
/// by request validation, so they compare correctly as strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DaySchedule {
    pub enabled: bool,
    pub start: String,
    pub end: String,
}

/// The schedule of a whole week; `None` means closed that day.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklySchedule {
    pub monday: Option<DaySchedule>,
    pub tuesday: Option<DaySchedule>,
    pub wednesday: Option<DaySchedule>,
    pub thursday: Option<DaySchedule>,
    pub friday: Option<DaySchedule>,
    pub saturday: Option<DaySchedule>,
    pub sunday: Option<DaySchedule>,
}

impl WeeklySchedule {
    /// Every day with its name, Monday first.
    pub fn days(&self) -> [(&'static str, Option<&DaySchedule>); 7] {
        [
            ("monday", self.monday.as_ref()),
            ("tuesday", self.tuesday.as_ref()),
            ("wednesday", self.wednesday.as_ref()),
            ("thursday", self.thursday.as_ref()),
            ("friday", self.friday.as_ref()),
            ("saturday", self.saturday.as_ref()),
            ("sunday", self.sunday.as_ref()),
        ]
    }
}

/// Whether an enabled day does not open before it closes (times are `HH:MM`, already
/// checked for shape, so they compare correctly as strings). Request validation runs
/// this on every day of a body, as an after-validation rule.
pub fn closes_before_opening(enabled: bool, start: &str, end: &str) -> bool {
    enabled && start >= end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(enabled: bool, start: &str, end: &str) -> Option<DaySchedule> {
        Some(DaySchedule {
            enabled,
            start: start.to_owned(),
            end: end.to_owned(),
        })
    }

    #[test]
    fn an_enabled_day_must_open_before_it_closes() {
        assert!(closes_before_opening(true, "18:00", "09:00"));
        assert!(closes_before_opening(true, "10:00", "10:00"));
        assert!(!closes_before_opening(true, "09:00", "18:00"));
        assert!(!closes_before_opening(false, "18:00", "09:00"));
    }

    #[test]
    fn stores_every_day_even_when_closed() -> Result<(), serde_json::Error> {
        let schedule = WeeklySchedule {
            friday: day(true, "08:00", "12:00"),
            ..WeeklySchedule::default()
        };
        let stored = serde_json::to_value(&schedule)?;
        let object = stored.as_object().map(|o| o.len());
        assert_eq!(object, Some(7));
        assert_eq!(stored["monday"], serde_json::Value::Null);
        assert_eq!(serde_json::from_value::<WeeklySchedule>(stored)?, schedule);
        Ok(())
    }
}
