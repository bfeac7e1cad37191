//! Travel and admission: a case's trips, each planned from its anchor dates as of today (the
//! rules are `wayfinder_core::travel`'s), its itinerary checked, its travellers' passports and
//! the invitation letter checked against the destination's rule. Trips, items, legs and
//! travellers are entities of the case file: they sync, undo and conflict like the rest. Moving
//! an anchor writes the anchor and every open item's new date in one edit, undone at once.

use crate::App;
use crate::commands::{id_text, parse_entity, parse_id, today};
use crate::dto::{
    AnchorRequestDto, ChecklistRequestDto, ErrorDto, NewTripDto, SaveTemplateDto, TravellerDto,
    TripDto, TripFlagDto, TripItemDto, TripItemEditDto, TripLegDto, TripRecordDto, TripTemplateDto,
    TripTemplatesDto,
};
use crate::error::AppError;
use chrono::{NaiveDate, NaiveDateTime, Utc};
use std::collections::HashMap;
use wayfinder_core::schema::parse_date;
use wayfinder_core::travel::{
    self, Anchor, Anchors, Circle, Entry, Flag, Item, ItineraryFlag, Leg, LocalTime, Rule,
};
use wayfinder_core::{CaseId, EntityId, EntityKind};
use wayfinder_i18n::{Arg, Locale};
use wayfinder_vault::{EntityView, VaultError};

type Reply<T> = Result<T, ErrorDto>;

/// A case's trips, planned as of today.
pub fn trips(state: &App, case: String) -> Reply<Vec<TripDto>> {
    let case = parse_id(state, &case)?;
    let locale = state.locale();
    state.with_vault(|vault| trips_in(state, locale, vault, case))
}

/// One item a trip is planned with: from Wayfinder's starter, or a team template. `after`
/// names other seeds by their place in the list.
struct Seed {
    title: String,
    rule: String,
    assignee: String,
    needs: String,
    source: String,
    check_embassy: bool,
    after: Vec<usize>,
}

/// What a trip is planned from: the trip's own fields and its items.
struct Plan {
    destination: String,
    fields: Vec<(&'static str, String)>,
    items: Vec<Seed>,
}

/// The seeds a checklist's items (a trip's or a template's) make, in their order, what each
/// comes after named by its place among them.
fn seeds_of(items: &[&EntityView]) -> Vec<Seed> {
    let place: HashMap<String, usize> = items
        .iter()
        .enumerate()
        .map(|(i, e)| (EntityId::from_bytes(e.id).to_string(), i))
        .collect();
    let text = |e: &EntityView, f: &str| e.value(f).unwrap_or_default().to_owned();
    items
        .iter()
        .map(|e| Seed {
            title: text(e, "title"),
            rule: text(e, "rule"),
            assignee: text(e, "assignee"),
            needs: text(e, "needs"),
            source: text(e, "source"),
            check_embassy: e.value("check_embassy") == Some("true"),
            after: text(e, "after")
                .split_whitespace()
                .filter_map(|id| place.get(id).copied())
                .collect(),
        })
        .collect()
}

/// Wayfinder's starter for `destination`, its titles in her language.
fn starter_plan(state: &App, locale: Locale, destination: &str, starter: &travel::Starter) -> Plan {
    let say = |id: &str| state.catalog.message(locale, id, &[]);
    let family = say("travel-family");
    let codes: Vec<&str> = travel::STARTER_ITEMS.iter().map(|i| i.code).collect();
    Plan {
        destination: destination.to_owned(),
        fields: vec![
            (
                "visa_type",
                say(&format!("travel-visa-{}", starter.country.to_lowercase())),
            ),
            ("passport_months", starter.passport_months.to_string()),
            ("template", say("travel-starter")),
        ],
        items: travel::STARTER_ITEMS
            .iter()
            .map(|item| Seed {
                title: say(&format!("travel-item-{}", item.code)),
                rule: item.rule.to_owned(),
                assignee: if item.family {
                    family.clone()
                } else {
                    String::new()
                },
                needs: String::new(),
                source: starter.source.to_owned(),
                check_embassy: item.check_embassy,
                after: item
                    .after
                    .iter()
                    .filter_map(|code| codes.iter().position(|c| c == code))
                    .collect(),
            })
            .collect(),
    }
}

/// A team template, as its items stand in the team-wide scope.
fn template_plan(
    vault: &wayfinder_vault::OpenVault,
    template: [u8; 16],
) -> Result<Plan, VaultError> {
    let (scope, kind) = vault.entity_case(template)?;
    if kind != EntityKind::TripTemplate {
        return Err(VaultError::Invalid(
            wayfinder_core::DomainError::ChoiceUnknown,
        ));
    }
    let file = vault.case_file(scope)?;
    let own = file
        .iter()
        .find(|e| e.id == template)
        .ok_or(VaultError::CaseNotFound)?;
    let own_id = EntityId::from_bytes(template).to_string();
    let items: Vec<&EntityView> = file
        .iter()
        .filter(|e| {
            e.kind == EntityKind::TemplateItem && e.value("template") == Some(own_id.as_str())
        })
        .collect();
    let text = |e: &EntityView, f: &str| e.value(f).unwrap_or_default().to_owned();
    Ok(Plan {
        destination: text(own, "destination"),
        fields: ["hospital", "visa_type", "passport_months"]
            .into_iter()
            .map(|f| (f, text(own, f)))
            .chain(std::iter::once(("template", text(own, "name"))))
            .collect(),
        items: seeds_of(&items),
    })
}

/// Adds `seeds` as entities of `kind` under `owner` (its field `owner_field`), then what each
/// comes after, in a second edit: the ids are known only once they are made.
fn add_seeds(
    vault: &mut wayfinder_vault::OpenVault,
    scope: CaseId,
    kind: EntityKind,
    owner_field: &str,
    owner: &str,
    seeds: &[Seed],
) -> Result<(), VaultError> {
    if seeds.is_empty() {
        return Ok(());
    }
    let rows: Vec<Vec<(&str, &str)>> = seeds
        .iter()
        .map(|seed| {
            vec![
                (owner_field, owner),
                ("title", seed.title.as_str()),
                ("rule", seed.rule.as_str()),
                ("assignee", seed.assignee.as_str()),
                ("needs", seed.needs.as_str()),
                ("source", seed.source.as_str()),
                (
                    "check_embassy",
                    if seed.check_embassy { "true" } else { "false" },
                ),
            ]
        })
        .collect();
    let borrowed: Vec<&[(&str, &str)]> = rows.iter().map(Vec::as_slice).collect();
    let ids = vault.add_entities(scope, kind, &borrowed, Utc::now(), today())?;
    let afters: Vec<([u8; 16], String)> = seeds
        .iter()
        .zip(&ids)
        .filter(|(seed, _)| !seed.after.is_empty())
        .map(|(seed, id)| {
            let after: Vec<String> = seed
                .after
                .iter()
                .filter_map(|i| ids.get(*i).map(|a| EntityId::from_bytes(*a).to_string()))
                .collect();
            (*id, after.join(" "))
        })
        .collect();
    if !afters.is_empty() {
        let edits: Vec<([u8; 16], &str, Option<&str>)> = afters
            .iter()
            .map(|(id, after)| (*id, "after", Some(after.as_str())))
            .collect();
        vault.edit_many(&edits, Utc::now(), today())?;
    }
    Ok(())
}

/// Plans a trip for a case: from one of the team's templates, or to `destination` with the
/// starter checklist Wayfinder ships for it when she asks and there is one (titles in her
/// language, the family or no one as assignee, each requirement's source), or empty. The trip,
/// its items and their order are three edits.
pub fn plan_trip(state: &App, request: NewTripDto) -> Reply<Vec<TripDto>> {
    let case = parse_id(state, &request.case_id)?;
    let locale = state.locale();
    let template = request
        .template
        .as_deref()
        .map(|t| parse_entity(state, t))
        .transpose()?;
    let destination = request.destination.trim().to_uppercase();
    state.with_vault(|vault| {
        let plan = match template {
            Some(template) => template_plan(vault, template)?,
            None => match request
                .starter
                .then(|| travel::starter(&destination))
                .flatten()
            {
                Some(starter) => starter_plan(state, locale, &destination, starter),
                None => Plan {
                    destination: destination.clone(),
                    fields: Vec::new(),
                    items: Vec::new(),
                },
            },
        };
        let mut values: Vec<(&str, &str)> = vec![("destination", plan.destination.as_str())];
        values.extend(plan.fields.iter().map(|(f, v)| (*f, v.as_str())));
        let trip = vault.add_entity(case, EntityKind::Trip, &values, Utc::now(), today())?;
        let trip_id = EntityId::from_bytes(trip).to_string();
        add_seeds(
            vault,
            case,
            EntityKind::TripItem,
            "trip",
            &trip_id,
            &plan.items,
        )?;
        trips_in(state, locale, vault, case)
    })
}

/// The team's travel templates, by destination and name.
pub fn trip_templates(state: &App) -> Reply<TripTemplatesDto> {
    state.with_vault(templates_in)
}

fn templates_in(vault: &mut wayfinder_vault::OpenVault) -> Result<TripTemplatesDto, VaultError> {
    let Some(scope) = vault.team_scope()? else {
        return Ok(TripTemplatesDto {
            in_team: false,
            read_only: false,
            templates: Vec::new(),
        });
    };
    // A member whose team-wide scope has not arrived yet has no templates yet.
    let file = match vault.case_file(scope) {
        Err(VaultError::CaseNotFound) => Vec::new(),
        other => other?,
    };
    let text = |e: &EntityView, f: &str| e.value(f).unwrap_or_default().to_owned();
    let mut templates: Vec<TripTemplateDto> = file
        .iter()
        .filter(|e| e.kind == EntityKind::TripTemplate)
        .map(|e| {
            let id = EntityId::from_bytes(e.id).to_string();
            let items = file
                .iter()
                .filter(|i| {
                    i.kind == EntityKind::TemplateItem && i.value("template") == Some(id.as_str())
                })
                .count();
            TripTemplateDto {
                id,
                name: text(e, "name"),
                destination: text(e, "destination"),
                hospital: text(e, "hospital"),
                visa_type: text(e, "visa_type"),
                items: u32::try_from(items).unwrap_or(u32::MAX),
            }
        })
        .collect();
    templates.sort_by(|a, b| {
        (&a.destination, a.name.to_lowercase()).cmp(&(&b.destination, b.name.to_lowercase()))
    });
    Ok(TripTemplatesDto {
        in_team: true,
        read_only: vault.kinds_read_only()?.contains(&EntityKind::TripTemplate),
        templates,
    })
}

/// Keeps a trip's checklist as a template the whole team shares, under `name`: its destination,
/// hospital, visa and passport rule, and each item's title, rule, assignee, papers, source and
/// order, never its dates or whether it is done, nor anything of the family.
pub fn save_template(state: &App, request: SaveTemplateDto) -> Reply<TripTemplatesDto> {
    let trip = parse_entity(state, &request.trip)?;
    let name = request.name.trim().to_owned();
    let language = state.locale().tag();
    state.with_vault(|vault| {
        let scope = vault.team_scope()?.ok_or(VaultError::NotInTeam)?;
        let (case, kind) = vault.entity_case(trip)?;
        if kind != EntityKind::Trip {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let file = vault.case_file(case)?;
        let own = file
            .iter()
            .find(|e| e.id == trip)
            .ok_or(VaultError::CaseNotFound)?;
        let items = items_of(&file, trip);
        let text = |e: &EntityView, f: &str| e.value(f).unwrap_or_default().to_owned();
        let seeds = seeds_of(&items);
        let (destination, hospital, visa, months) = (
            text(own, "destination"),
            text(own, "hospital"),
            text(own, "visa_type"),
            text(own, "passport_months"),
        );
        let template = vault.add_entity(
            scope,
            EntityKind::TripTemplate,
            &[
                ("name", name.as_str()),
                ("destination", destination.as_str()),
                ("hospital", hospital.as_str()),
                ("visa_type", visa.as_str()),
                ("passport_months", months.as_str()),
                ("language", language),
            ],
            Utc::now(),
            today(),
        )?;
        let template_id = EntityId::from_bytes(template).to_string();
        add_seeds(
            vault,
            scope,
            EntityKind::TemplateItem,
            "template",
            &template_id,
            &seeds,
        )?;
        templates_in(vault)
    })
}

/// Adds an item to a trip's checklist, or changes one, in one edit: its title, its rule (its
/// date follows from the rule and the trip's dates at once; without a rule, the date she
/// typed), who does it, the papers it needs, and what it comes after. Coming after itself
/// through others is refused, naming the items in the circle; nothing is written then.
pub fn save_item(state: &App, edit: TripItemEditDto) -> Reply<Vec<TripDto>> {
    let trip = parse_entity(state, &edit.trip)?;
    let item = edit
        .item
        .as_deref()
        .map(|i| parse_entity(state, i))
        .transpose()?;
    let rule = edit.rule.trim();
    let rule = if rule.is_empty() {
        None
    } else {
        Some(
            rule.parse::<Rule>()
                .map_err(|e| state.error(&VaultError::Invalid(e.into())))?,
        )
    };
    let typed_due = match edit.due.trim() {
        "" => None,
        text => Some(parse_date(text).map_err(|e| state.error(&e))?),
    };
    let after: Vec<[u8; 16]> = edit
        .after
        .iter()
        .map(|a| parse_entity(state, a))
        .collect::<Result<_, _>>()?;
    let records_text = edit
        .records
        .iter()
        .map(|r| parse_entity(state, r).map(|id| EntityId::from_bytes(id).to_string()))
        .collect::<Result<Vec<_>, _>>()?
        .join(" ");
    let locale = state.locale();
    // A new item's place in the plan until it has an id.
    const NEW: [u8; 16] = [0; 16];
    let key = item.unwrap_or(NEW);
    let mut circle_names: Option<String> = None;
    let result = state.with_vault(|vault| {
        let (case, kind) = vault.entity_case(trip)?;
        if kind != EntityKind::Trip {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let file = vault.case_file(case)?;
        let own = file
            .iter()
            .find(|e| e.id == trip)
            .ok_or(VaultError::CaseNotFound)?;
        let items = items_of(&file, trip);
        if item.is_some_and(|i| !items.iter().any(|e| e.id == i)) {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let mut planned_items = plan_items(&items);
        planned_items.retain(|i| i.key != key);
        planned_items.push(Item {
            key,
            rule,
            due: typed_due,
            done: items
                .iter()
                .find(|e| e.id == key)
                .is_some_and(|e| e.value("done") == Some("true")),
            after: after.clone(),
        });
        let planned = match travel::plan(&planned_items, &anchors_of(own), today()) {
            Ok(planned) => planned,
            Err(Circle(keys)) => {
                let names: Vec<String> = keys
                    .iter()
                    .map(|k| {
                        if *k == key {
                            edit.title.trim().to_owned()
                        } else {
                            items
                                .iter()
                                .find(|e| e.id == *k)
                                .and_then(|e| e.value("title"))
                                .unwrap_or_default()
                                .to_owned()
                        }
                    })
                    .collect();
                circle_names = Some(names.join(", "));
                return Err(VaultError::Invalid(travel::TravelError::Circular.into()));
            }
        };
        let due = planned
            .iter()
            .find(|p| p.key == key)
            .and_then(|p| p.due)
            .or(typed_due)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let after_text = after
            .iter()
            .map(|a| EntityId::from_bytes(*a).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        let rule_text = rule.map(|r| r.to_string()).unwrap_or_default();
        let trip_id = EntityId::from_bytes(trip).to_string();
        let values: [(&str, &str); 7] = [
            ("title", edit.title.trim()),
            ("rule", &rule_text),
            ("due", &due),
            ("assignee", edit.assignee.trim()),
            ("needs", edit.needs.trim()),
            ("after", &after_text),
            ("records", &records_text),
        ];
        match item {
            Some(item) => {
                let edits: Vec<([u8; 16], &str, Option<&str>)> = values
                    .iter()
                    .map(|(f, v)| (item, *f, (!v.is_empty()).then_some(*v)))
                    .collect();
                vault.edit_many(&edits, Utc::now(), today())?;
            }
            None => {
                let mut with_trip = vec![("trip", trip_id.as_str())];
                with_trip.extend(values.iter().copied());
                vault.add_entity(case, EntityKind::TripItem, &with_trip, Utc::now(), today())?;
            }
        }
        trips_in(state, locale, vault, case)
    });
    result.map_err(|e| match circle_names {
        Some(names) => ErrorDto {
            code: e.code,
            message: state.catalog.message(
                locale,
                "travel-flag-circle",
                &[("items", Arg::Text(&names))],
            ),
        },
        None => e,
    })
}

/// Sets, moves or clears one of a trip's anchor dates and plans again: the anchor and every
/// open item's new date are one edit (one undo). Done items, and items dated by hand, stay.
/// An item that now falls in the past or before what it comes after is flagged, not moved
/// further. A circle among the items refuses the move, naming them.
pub fn set_anchor(state: &App, request: AnchorRequestDto) -> Reply<Vec<TripDto>> {
    let trip = parse_entity(state, &request.trip)?;
    let anchor =
        Anchor::parse(&request.anchor).ok_or_else(|| state.error(&AppError::InvalidRequest))?;
    let date = match request.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(parse_date(text).map_err(|e| state.error(&e))?),
    };
    let locale = state.locale();
    state.with_vault(|vault| {
        let (case, kind) = vault.entity_case(trip)?;
        if kind != EntityKind::Trip {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let file = vault.case_file(case)?;
        let own = file
            .iter()
            .find(|e| e.id == trip)
            .ok_or(VaultError::CaseNotFound)?;
        let mut anchors = anchors_of(own);
        anchors.set(anchor, date);
        let items: Vec<&EntityView> = items_of(&file, trip);
        let planned = travel::plan(&plan_items(&items), &anchors, today())
            .map_err(|_| VaultError::Invalid(travel::TravelError::Circular.into()))?;
        let date_text = date.map(|d| d.format("%Y-%m-%d").to_string());
        let dues: Vec<([u8; 16], Option<String>)> = planned
            .iter()
            .filter(|p| p.moved)
            .map(|p| (p.key, p.due.map(|d| d.format("%Y-%m-%d").to_string())))
            .collect();
        let mut edits: Vec<([u8; 16], &str, Option<&str>)> =
            vec![(trip, anchor_field(anchor), date_text.as_deref())];
        edits.extend(dues.iter().map(|(id, due)| (*id, "due", due.as_deref())));
        vault.edit_many(&edits, Utc::now(), today())?;
        trips_in(state, locale, vault, case)
    })
}

/// Lays out the family's checklist of a trip in `language` for the preview, then exported like
/// any report: the items as planned today (Wayfinder's own titles in the family's language,
/// hers as she wrote them), the travellers' passports and the papers the items need, the
/// journey in each place's own time, and whom to call (her, and the hospital). It names the
/// travellers, never a diagnosis.
pub fn prepare_checklist(
    state: &App,
    request: ChecklistRequestDto,
) -> Reply<crate::dto::PreparedReportDto> {
    let trip = parse_entity(state, &request.trip)?;
    let family = Locale::from_tag(&request.language)
        .ok_or_else(|| state.error(&AppError::InvalidRequest))?;
    let locale = state.locale();
    let (case, dto) = state.with_vault(|vault| {
        let (case, kind) = vault.entity_case(trip)?;
        if kind != EntityKind::Trip {
            return Err(VaultError::Invalid(
                wayfinder_core::DomainError::ChoiceUnknown,
            ));
        }
        let file = vault.case_file(case)?;
        let own = file
            .iter()
            .find(|e| e.id == trip)
            .ok_or(VaultError::CaseNotFound)?;
        Ok((case, trip_dto(state, family, case, own, &file)))
    })?;
    let contact = state
        .settings
        .lock()
        .map(|s| s.contact.clone())
        .unwrap_or_default();
    let checklist = checklist_of(state, family, &dto, contact);
    let recipient = state
        .catalog
        .message(locale, "travel-checklist-recipient", &[]);
    let pages = crate::reports::prepare_with(
        state,
        case,
        crate::reports::Facts {
            report: "checklist",
            recipient: recipient.clone(),
            locale: family,
            records: Vec::new(),
            consent: None,
        },
        |fonts| {
            Ok(wayfinder_reports::checklist_pdf(
                fonts,
                &state.catalog,
                &checklist,
                family,
            )?)
        },
    )
    .map_err(|e| state.error(&e))?;
    Ok(crate::dto::PreparedReportDto {
        pages,
        identity: crate::dto::IdentityDto::None,
        recipient,
    })
}

/// What Wayfinder wrote in some language, said again in `family`'s: a starter item's title
/// or "the family" as an assignee. Anything she wrote herself stays as written.
fn in_family_language(state: &App, family: Locale, text: &str) -> String {
    let ids = travel::STARTER_ITEMS
        .iter()
        .map(|i| format!("travel-item-{}", i.code))
        .chain(std::iter::once("travel-family".to_owned()));
    for id in ids {
        if Locale::ALL
            .iter()
            .any(|l| state.catalog.message(*l, &id, &[]) == text)
        {
            return state.catalog.message(family, &id, &[]);
        }
    }
    text.to_owned()
}

fn checklist_of(
    state: &App,
    family: Locale,
    trip: &TripDto,
    contact: crate::settings::Contact,
) -> wayfinder_reports::Checklist {
    let day = |d: &Option<String>| d.as_deref().and_then(|d| parse_date(d).ok());
    let time = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").ok();
    let hospital = Some(trip.hospital.trim().to_owned()).filter(|h| !h.is_empty());
    let mut contacts = vec![vec![
        contact.name,
        contact.organisation,
        contact.phone,
        contact.email,
    ]];
    if let Some(hospital) = &hospital {
        contacts.push(vec![hospital.clone()]);
    }
    wayfinder_reports::Checklist {
        destination: trip.destination.clone(),
        hospital,
        travel: day(&trip.travel),
        admission: day(&trip.admission),
        return_date: day(&trip.return_date),
        items: trip
            .items
            .iter()
            .map(|i| wayfinder_reports::ChecklistItem {
                title: in_family_language(state, family, &i.title),
                due: day(&i.due),
                who: in_family_language(state, family, &i.assignee),
                // Her words for the papers, and the titles of the records she linked.
                needs: std::iter::once(i.needs.trim())
                    .chain(i.records.iter().map(|r| r.title.trim()))
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                done: i.done,
            })
            .collect(),
        travellers: trip.travellers.iter().map(|t| t.name.clone()).collect(),
        // An entry whose times cannot be read (a conflict, an edit from an older version)
        // is left out rather than printed wrong.
        legs: trip
            .legs
            .iter()
            .filter_map(|l| {
                Some(wayfinder_reports::ChecklistLeg {
                    leg: l.leg.clone(),
                    title: l.title.clone(),
                    from_place: l.from_place.clone(),
                    to_place: l.to_place.clone(),
                    starts: time(&l.starts)?,
                    starts_zone: l.starts_zone.clone(),
                    ends: time(&l.ends)?,
                    ends_zone: l.ends_zone.clone(),
                    reference: l.reference.clone(),
                })
            })
            .collect(),
        contacts,
        today: today(),
    }
}

/// A case's trips as the screen shows them, planned as of today.
fn trips_in(
    state: &App,
    locale: Locale,
    vault: &wayfinder_vault::OpenVault,
    case: CaseId,
) -> Result<Vec<TripDto>, VaultError> {
    let file = vault.case_file(case)?;
    Ok(file
        .iter()
        .filter(|e| e.kind == EntityKind::Trip)
        .map(|trip| trip_dto(state, locale, case, trip, &file))
        .collect())
}

fn anchor_field(anchor: Anchor) -> &'static str {
    match anchor {
        Anchor::Travel => "travel",
        Anchor::Visa => "visa",
        Anchor::Admission => "admission",
        Anchor::Return => "return",
    }
}

fn date_of(entity: &EntityView, field: &str) -> Option<NaiveDate> {
    entity.value(field).and_then(|d| parse_date(d).ok())
}

fn anchors_of(trip: &EntityView) -> Anchors {
    let mut anchors = Anchors::default();
    for anchor in Anchor::ALL {
        anchors.set(anchor, date_of(trip, anchor_field(anchor)));
    }
    anchors
}

fn items_of(file: &[EntityView], trip: [u8; 16]) -> Vec<&EntityView> {
    let own = EntityId::from_bytes(trip).to_string();
    file.iter()
        .filter(|e| e.kind == EntityKind::TripItem && e.value("trip") == Some(own.as_str()))
        .collect()
}

fn plan_items(items: &[&EntityView]) -> Vec<Item<[u8; 16]>> {
    items
        .iter()
        .map(|e| Item {
            key: e.id,
            rule: e.value("rule").and_then(|r| r.parse::<Rule>().ok()),
            due: date_of(e, "due"),
            done: e.value("done") == Some("true"),
            after: e
                .value("after")
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|id| id.parse::<EntityId>().ok())
                .map(EntityId::into_bytes)
                .collect(),
        })
        .collect()
}

fn flag(state: &App, locale: Locale, code: &str, args: &[(&str, Arg<'_>)]) -> TripFlagDto {
    TripFlagDto {
        code: code.to_owned(),
        message: state
            .catalog
            .message(locale, &format!("travel-flag-{code}"), args),
    }
}

/// A field as the screen shows it: its value, or while two members' versions stand, both, so
/// that nothing she wrote seems lost.
fn shown(e: &EntityView, field: &str) -> String {
    match e.fields.get(field).map(Vec::as_slice) {
        Some([one]) => one.value.clone().unwrap_or_default(),
        Some(heads) => heads
            .iter()
            .filter_map(|h| h.value.as_deref())
            .collect::<Vec<_>>()
            .join(" / "),
        None => String::new(),
    }
}

/// Two members changed this at once and both versions stand: the screen says so; saving it
/// again keeps the one she saves.
fn conflict_flag(state: &App, locale: Locale, entity: &EntityView) -> Option<TripFlagDto> {
    (entity.fields.values().any(|heads| heads.len() > 1) || entity.deletion_conflict.is_some())
        .then(|| flag(state, locale, "conflict", &[]))
}

fn trip_dto(
    state: &App,
    locale: Locale,
    case: CaseId,
    trip: &EntityView,
    file: &[EntityView],
) -> TripDto {
    let text = shown;
    let anchors = anchors_of(trip);
    let items = items_of(file, trip.id);
    let titles: HashMap<[u8; 16], String> =
        items.iter().map(|e| (e.id, text(e, "title"))).collect();
    let mut flags = Vec::new();
    let planned = match travel::plan(&plan_items(&items), &anchors, today()) {
        Ok(planned) => planned,
        Err(Circle(keys)) => {
            let names: Vec<&str> = keys
                .iter()
                .filter_map(|k| titles.get(k).map(String::as_str))
                .collect();
            flags.push(flag(
                state,
                locale,
                "circle",
                &[("items", Arg::Text(&names.join(", ")))],
            ));
            // Shown as they stand, nothing planned.
            plan_items(&items)
                .into_iter()
                .map(|i| travel::Planned {
                    key: i.key,
                    due: i.due,
                    moved: false,
                    flags: Vec::new(),
                })
                .collect()
        }
    };
    let anchor_name = |a: Anchor| {
        state
            .catalog
            .message(locale, &format!("travel-anchor-{}", a.code()), &[])
    };
    let mut item_dtos: Vec<TripItemDto> = items
        .iter()
        .zip(&planned)
        .map(|(e, p)| TripItemDto {
            id: id_text(e.id),
            title: text(e, "title"),
            rule: e.value("rule").map(str::to_owned),
            due: p.due.map(|d| d.format("%Y-%m-%d").to_string()),
            done: e.value("done") == Some("true"),
            assignee: text(e, "assignee"),
            needs: text(e, "needs"),
            after: e
                .value("after")
                .unwrap_or_default()
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            records: e
                .value("records")
                .unwrap_or_default()
                .split_whitespace()
                .filter_map(|id| {
                    let id = id.parse::<EntityId>().ok()?.into_bytes();
                    let record = file
                        .iter()
                        .find(|r| r.id == id && r.kind == EntityKind::Record)?;
                    Some(TripRecordDto {
                        id: id_text(id),
                        title: record.value("title").unwrap_or_default().to_owned(),
                    })
                })
                .collect(),
            source: text(e, "source"),
            check_embassy: e.value("check_embassy") == Some("true"),
            flags: conflict_flag(state, locale, e)
                .into_iter()
                .chain(p.flags.iter().map(|f| match f {
                    Flag::InPast => flag(state, locale, "in-past", &[]),
                    Flag::BeforeDependency(other) => flag(
                        state,
                        locale,
                        "before",
                        &[(
                            "item",
                            Arg::Text(titles.get(other).map(String::as_str).unwrap_or_default()),
                        )],
                    ),
                    Flag::WaitsFor(anchor) => flag(
                        state,
                        locale,
                        "waits",
                        &[("anchor", Arg::Text(&anchor_name(*anchor)))],
                    ),
                }))
                .collect(),
        })
        .collect();
    // In the order they fall due; those without a date yet after them, by their rule (its
    // anchor, then how far from it).
    let rule_key = |i: &TripItemDto| {
        i.rule
            .as_deref()
            .and_then(|r| r.parse::<Rule>().ok())
            .map_or((Anchor::ALL.len(), 0), |r| {
                (
                    Anchor::ALL.iter().position(|a| *a == r.anchor).unwrap_or(0),
                    r.days,
                )
            })
    };
    item_dtos.sort_by(|a, b| {
        (a.due.is_none(), &a.due, rule_key(a)).cmp(&(b.due.is_none(), &b.due, rule_key(b)))
    });
    // The itinerary, checked with each time in its own zone.
    let own = EntityId::from_bytes(trip.id).to_string();
    let legs: Vec<&EntityView> = file
        .iter()
        .filter(|e| e.kind == EntityKind::TripLeg && e.value("trip") == Some(own.as_str()))
        .collect();
    let local = |e: &EntityView, at: &str, zone: &str| -> Option<LocalTime> {
        let at = NaiveDateTime::parse_from_str(e.value(at)?, "%Y-%m-%dT%H:%M").ok()?;
        LocalTime::new(at, e.value(zone)?).ok()
    };
    let entries: Vec<Entry<[u8; 16]>> = legs
        .iter()
        .filter_map(|e| {
            Some(Entry {
                key: e.id,
                leg: match e.value("leg")? {
                    "flight" => Leg::Flight,
                    "ground" => Leg::Ground,
                    "stay" => Leg::Stay,
                    _ => Leg::Appointment,
                },
                starts: local(e, "starts", "starts_zone")?,
                ends: local(e, "ends", "ends_zone")?,
            })
        })
        .collect();
    let leg_titles: HashMap<[u8; 16], String> =
        legs.iter().map(|e| (e.id, text(e, "title"))).collect();
    let mut leg_flags: HashMap<[u8; 16], Vec<TripFlagDto>> = HashMap::new();
    let named = |k: &[u8; 16]| leg_titles.get(k).cloned().unwrap_or_default();
    for f in travel::check_itinerary(&entries) {
        match f {
            ItineraryFlag::EndsBeforeStart(k) => {
                leg_flags
                    .entry(k)
                    .or_default()
                    .push(flag(state, locale, "ends-before-start", &[]))
            }
            ItineraryFlag::Unplaceable(k) => {
                leg_flags
                    .entry(k)
                    .or_default()
                    .push(flag(state, locale, "time-skipped", &[]))
            }
            ItineraryFlag::Overlap(a, b) => {
                let (na, nb) = (named(&a), named(&b));
                leg_flags.entry(a).or_default().push(flag(
                    state,
                    locale,
                    "overlap",
                    &[("other", Arg::Text(&nb))],
                ));
                leg_flags.entry(b).or_default().push(flag(
                    state,
                    locale,
                    "overlap",
                    &[("other", Arg::Text(&na))],
                ));
            }
            ItineraryFlag::StartsBeforeArrival { entry, journey } => {
                let name = named(&journey);
                leg_flags.entry(entry).or_default().push(flag(
                    state,
                    locale,
                    "before-arrival",
                    &[("other", Arg::Text(&name))],
                ));
            }
        }
    }
    let instant =
        |e: &EntityView, at: &str, zone: &str| local(e, at, zone).and_then(|l| l.instant().ok());
    let rfc = |t: Option<chrono::DateTime<Utc>>| {
        t.map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    };
    let mut leg_dtos: Vec<(Option<chrono::DateTime<Utc>>, TripLegDto)> = legs
        .iter()
        .map(|e| {
            let starts_at = instant(e, "starts", "starts_zone");
            (
                starts_at,
                TripLegDto {
                    starts_at: rfc(starts_at),
                    ends_at: rfc(instant(e, "ends", "ends_zone")),
                    id: id_text(e.id),
                    leg: text(e, "leg"),
                    title: text(e, "title"),
                    from_place: text(e, "from_place"),
                    to_place: text(e, "to_place"),
                    starts: text(e, "starts"),
                    starts_zone: text(e, "starts_zone"),
                    ends: text(e, "ends"),
                    ends_zone: text(e, "ends_zone"),
                    reference: text(e, "reference"),
                    flags: conflict_flag(state, locale, e)
                        .into_iter()
                        .chain(leg_flags.remove(&e.id).unwrap_or_default())
                        .collect(),
                },
            )
        })
        .collect();
    leg_dtos.sort_by_key(|(at, _)| *at);
    // Travellers: passports against the return and the destination's months; the letter.
    let months = trip
        .value("passport_months")
        .and_then(|m| m.parse::<u32>().ok());
    let travellers = file
        .iter()
        .filter(|e| e.kind == EntityKind::Traveller && e.value("trip") == Some(own.as_str()))
        .map(|e| {
            let mut flags: Vec<TripFlagDto> = conflict_flag(state, locale, e).into_iter().collect();
            let expiry = date_of(e, "passport_expiry");
            if let (Some(expiry), Some(back), Some(months)) = (expiry, anchors.return_date, months)
                && let Err(needed) = travel::passport_valid(expiry, back, months)
            {
                let needed = needed.format("%Y-%m-%d").to_string();
                flags.push(flag(
                    state,
                    locale,
                    "passport",
                    &[
                        ("date", Arg::Text(&needed)),
                        ("months", Arg::Number(f64::from(months))),
                    ],
                ));
            }
            if e.value("role") != Some("child") && e.value("in_invitation") != Some("true") {
                flags.push(flag(state, locale, "not-invited", &[]));
            }
            TravellerDto {
                id: id_text(e.id),
                name: text(e, "name"),
                role: text(e, "role"),
                passport_expiry: expiry.map(|d| d.format("%Y-%m-%d").to_string()),
                in_invitation: e.value("in_invitation") == Some("true"),
                flags,
            }
        })
        .collect();
    flags.extend(conflict_flag(state, locale, trip));
    if trip.value("one_parent") == Some("true")
        && trip.value("other_parent_consent") != Some("true")
    {
        flags.push(flag(state, locale, "consent", &[]));
    }
    let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
    TripDto {
        id: id_text(trip.id),
        case_id: case.to_string(),
        destination: text(trip, "destination"),
        hospital: text(trip, "hospital"),
        visa_type: text(trip, "visa_type"),
        template: text(trip, "template"),
        travel: day(anchors.travel),
        visa: day(anchors.visa),
        admission: day(anchors.admission),
        return_date: day(anchors.return_date),
        passport_months: months,
        one_parent: trip.value("one_parent") == Some("true"),
        other_parent_consent: trip.value("other_parent_consent") == Some("true"),
        items: item_dtos,
        legs: leg_dtos.into_iter().map(|(_, l)| l).collect(),
        travellers,
        flags,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::commands;
    use crate::dto::{EntityKindDto, FieldValueDto};
    use crate::reading::tests::app_with_case_in;
    use std::collections::BTreeMap;

    /// A day so many days from today, as the screens write it.
    fn from_today(days: i64) -> String {
        (today() + chrono::Duration::days(days))
            .format("%Y-%m-%d")
            .to_string()
    }

    fn anchor(app: &App, trip: &str, anchor: &str, date: Option<String>) -> Reply<Vec<TripDto>> {
        set_anchor(
            app,
            AnchorRequestDto {
                trip: trip.to_owned(),
                anchor: anchor.to_owned(),
                date,
            },
        )
    }

    fn item<'a>(trip: &'a TripDto, title_starts: &str) -> &'a TripItemDto {
        trip.items
            .iter()
            .find(|i| i.title.starts_with(title_starts))
            .unwrap_or_else(|| panic!("no item {title_starts}: {:?}", trip.items))
    }

    fn codes(flags: &[TripFlagDto]) -> Vec<&str> {
        flags.iter().map(|f| f.code.as_str()).collect()
    }

    fn add(app: &App, case: &str, kind: EntityKindDto, values: &[(&str, &str)]) {
        commands::add_entity(
            app,
            case.to_owned(),
            kind,
            values
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect::<BTreeMap<_, _>>(),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
    }

    #[test]
    fn the_turkey_starter_is_planned_from_its_dates_and_moves_with_travel_but_not_done_items() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["ar", "en"]);
        let trips = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "tr".to_owned(),
                starter: true,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = &trips[0];
        assert_eq!(
            (
                trip.destination.as_str(),
                trip.passport_months,
                trip.items.len()
            ),
            ("TR", Some(2), travel::STARTER_ITEMS.len())
        );
        assert_eq!(trip.visa_type, "Visa for medical treatment");
        // No dates yet: every item waits, saying for which.
        let passports = item(trip, "Check that every traveller");
        assert_eq!(passports.due, None);
        assert_eq!(
            passports.flags[0].message,
            "Waits for the travel date to be set."
        );
        assert!(passports.check_embassy);
        assert!(
            passports.source.contains("mfa.gov.tr"),
            "{}",
            passports.source
        );
        assert_eq!(passports.assignee, "The family");
        let visa_application = item(trip, "Submit the visa");
        assert_eq!(visa_application.after.len(), 2);

        // Travel in 90 days, the visa appointment in 50: the items take their dates.
        let id = trip.id.clone();
        anchor(&app, &id, "travel", Some(from_today(90)))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let trips = anchor(&app, &id, "visa", Some(from_today(50)))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = &trips[0];
        assert_eq!(
            item(trip, "Check that every traveller").due,
            Some(from_today(0))
        );
        assert_eq!(item(trip, "Obtain the hospital").due, Some(from_today(45)));
        assert_eq!(item(trip, "Attend the visa").due, Some(from_today(50)));
        assert!(item(trip, "Obtain the hospital").flags.is_empty());
        assert_eq!(
            codes(&item(trip, "Fill in the hospital").flags),
            ["waits"],
            "admission is not set"
        );
        // The passports are checked: done.
        let done = item(trip, "Check that every traveller").id.clone();
        commands::edit_field(
            &app,
            done.clone(),
            "done".to_owned(),
            Some(FieldValueDto::Text("true".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));

        // Travel moves twenty days earlier: open items move with it; the done one stays; the
        // flights now fall before the visa appointment they wait for, and the records that
        // were due in ten days are now ten days late: both say so, neither is moved to hide it.
        let trips = anchor(&app, &id, "travel", Some(from_today(70)))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = &trips[0];
        let passports = item(trip, "Check that every traveller");
        assert_eq!(
            (passports.due.clone(), passports.done),
            (Some(from_today(0)), true)
        );
        assert_eq!(item(trip, "Send the medical").due, Some(from_today(-10)));
        assert_eq!(codes(&item(trip, "Send the medical").flags), ["in-past"]);
        assert_eq!(item(trip, "Obtain the hospital").due, Some(from_today(25)));
        assert_eq!(item(trip, "Book the flights").due, Some(from_today(49)));
        let flights = item(trip, "Book the flights");
        assert_eq!(codes(&flights.flags), ["before"], "{:?}", flights.flags);
        assert!(
            flights.flags[0]
                .message
                .contains("Attend the visa appointment")
        );
        // Stored, not only shown: the items' dates were written with the anchor, and one undo
        // takes the whole move back.
        let file =
            commands::get_case_file(&app, case.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let stored = |title: &str| {
            file.entities
                .iter()
                .find(|e| {
                    e.fields
                        .get("title")
                        .and_then(|v| v.first())
                        .and_then(|v| v.value.as_deref())
                        .is_some_and(|t| t.starts_with(title))
                })
                .and_then(|e| {
                    e.fields
                        .get("due")
                        .and_then(|v| v.first())
                        .and_then(|v| v.value.clone())
                })
        };
        assert_eq!(stored("Obtain the hospital"), Some(from_today(25)));
        // Today lists what is due across cases: the records, ten days late; not the passports,
        // done, due today.
        let today_view = commands::today_view(&app, 50).unwrap_or_else(|e| panic!("{}", e.message));
        let listed: Vec<(&str, i32)> = today_view
            .travel
            .iter()
            .map(|t| (t.title.as_str(), t.overdue_days))
            .collect();
        assert_eq!(
            listed,
            [(
                "Send the medical records to the hospital for its opinion",
                10
            )]
        );
        assert_eq!(today_view.travel_due, 1);
        commands::undo(&app).unwrap_or_else(|e| panic!("{}", e.message));
        let trip = &trips_of(&app, &case)[0];
        assert_eq!(trip.travel, Some(from_today(90)));
        assert_eq!(item(trip, "Obtain the hospital").due, Some(from_today(45)));
    }

    fn trips_of(app: &App, case: &str) -> Vec<TripDto> {
        trips(app, case.to_owned()).unwrap_or_else(|e| panic!("{}", e.message))
    }

    #[test]
    fn passports_the_letter_the_consent_and_the_itinerary_are_checked() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["ar", "en"]);
        let trips = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "IN".to_owned(),
                starter: false,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = trips[0].id.clone();
        assert!(trips[0].items.is_empty());
        commands::edit_field(
            &app,
            trip.clone(),
            "passport_months".to_owned(),
            Some(FieldValueDto::Text("6".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        commands::edit_field(
            &app,
            trip.clone(),
            "one_parent".to_owned(),
            Some(FieldValueDto::Text("true".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        anchor(&app, &trip, "return", Some("2027-06-30".to_owned()))
            .unwrap_or_else(|e| panic!("{}", e.message));
        add(
            &app,
            &case,
            EntityKindDto::Traveller,
            &[
                ("trip", &trip),
                ("name", "Amal Haddad"),
                ("role", "child"),
                ("passport_expiry", "2027-12-31"),
            ],
        );
        add(
            &app,
            &case,
            EntityKindDto::Traveller,
            &[
                ("trip", &trip),
                ("name", "Samir Haddad"),
                ("role", "parent"),
                ("passport_expiry", "2027-11-15"),
                ("in_invitation", "true"),
            ],
        );
        add(
            &app,
            &case,
            EntityKindDto::Traveller,
            &[
                ("trip", &trip),
                ("name", "Huda Haddad"),
                ("role", "attendant"),
                ("passport_expiry", "2028-05-01"),
            ],
        );
        // A flight from Amman that lands at 03:45 in Delhi; admission at 02:00 the same night.
        add(
            &app,
            &case,
            EntityKindDto::TripLeg,
            &[
                ("trip", &trip),
                ("leg", "flight"),
                ("title", "RJ 196"),
                ("starts", "2027-05-02T19:00"),
                ("starts_zone", "Asia/Amman"),
                ("ends", "2027-05-03T03:45"),
                ("ends_zone", "Asia/Kolkata"),
            ],
        );
        add(
            &app,
            &case,
            EntityKindDto::TripLeg,
            &[
                ("trip", &trip),
                ("leg", "appointment"),
                ("title", "Admission"),
                ("starts", "2027-05-03T02:00"),
                ("starts_zone", "Asia/Kolkata"),
                ("ends", "2027-05-03T04:00"),
                ("ends_zone", "Asia/Kolkata"),
            ],
        );
        let trip = &trips_of(&app, &case)[0];
        let flags_of = |name: &str| {
            codes(
                &trip
                    .travellers
                    .iter()
                    .find(|t| t.name == name)
                    .unwrap_or_else(|| panic!("{name}"))
                    .flags,
            )
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
        };
        // The child's passport outlasts the return by six months; her father's does not; her
        // aunt is not named in the letter.
        assert!(flags_of("Amal Haddad").is_empty());
        assert_eq!(flags_of("Samir Haddad"), ["passport"]);
        assert!(
            trip.travellers
                .iter()
                .find(|t| t.name == "Samir Haddad")
                .is_some_and(|t| t.flags[0].message.contains("2027-12-30")),
            "{:?}",
            trip.travellers
        );
        assert_eq!(flags_of("Huda Haddad"), ["not-invited"]);
        assert_eq!(codes(&trip.flags), ["consent"]);
        // The itinerary in order, the admission flagged: it starts before the flight lands.
        assert_eq!(trip.legs[0].title, "RJ 196");
        // 19:00 in Amman (UTC+3) and 03:45 in Delhi (UTC+5:30) are these instants, for the
        // screen to show in her own zone.
        assert_eq!(
            (
                trip.legs[0].starts_at.as_deref(),
                trip.legs[0].ends_at.as_deref()
            ),
            (Some("2027-05-02T16:00:00Z"), Some("2027-05-02T22:15:00Z"))
        );
        let admission = &trip.legs[1];
        assert_eq!(codes(&admission.flags), ["before-arrival"]);
        assert!(admission.flags[0].message.contains("RJ 196"));
        // A zone that does not exist, or a time the clocks skip, is refused at the edge.
        let skipped = commands::add_entity(
            &app,
            case.clone(),
            EntityKindDto::TripLeg,
            [
                ("trip", trip.id.as_str()),
                ("leg", "flight"),
                ("title", "X"),
                ("starts", "2027-05-02T19:00"),
                ("starts_zone", "Europe/Atlantis"),
                ("ends", "2027-05-03T03:45"),
                ("ends_zone", "Asia/Kolkata"),
            ]
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect(),
        );
        assert_eq!(
            skipped.err().map(|e| e.code).as_deref(),
            Some("travel-zone-unknown")
        );
    }

    #[test]
    fn items_that_wait_for_each_other_in_a_circle_are_named_and_no_date_moves() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["en"]);
        let trips = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "DE".to_owned(),
                starter: true,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = &trips[0];
        // The invitation comes after the payment guarantee, which comes after the quote: she
        // makes the quote come after the invitation.
        let quote = item(trip, "Receive the treatment").id.clone();
        let invitation = item(trip, "Obtain the hospital").id.clone();
        commands::edit_field(
            &app,
            quote,
            "after".to_owned(),
            Some(FieldValueDto::Text(invitation)),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = &trips_of(&app, &case)[0];
        assert_eq!(codes(&trip.flags), ["circle"]);
        assert!(
            trip.flags[0].message.contains("Receive the treatment plan"),
            "{}",
            trip.flags[0].message
        );
        assert!(
            trip.flags[0]
                .message
                .contains("Arrange the payment guarantee"),
            "{}",
            trip.flags[0].message
        );
        let refused = anchor(&app, &trip.id, "travel", Some(from_today(60)));
        assert_eq!(
            refused.err().map(|e| e.code).as_deref(),
            Some("travel-circular")
        );
        assert_eq!(trips_of(&app, &case)[0].travel, None);
    }

    #[test]
    fn the_familys_checklist_is_in_their_language_with_the_journey_in_local_times() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["ar", "en"]);
        // The case's diagnosis must never reach the family's paper.
        let file =
            commands::get_case_file(&app, case.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let root = file
            .entities
            .iter()
            .find(|e| e.kind == EntityKindDto::Case)
            .map(|e| e.id.clone())
            .unwrap_or_else(|| panic!("no case entity"));
        commands::edit_field(
            &app,
            root,
            "diagnosis.text".to_owned(),
            Some(FieldValueDto::Text("Medulloblastoma".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let mut settings = commands::get_settings(&app).unwrap_or_else(|e| panic!("{}", e.message));
        settings.contact.name = "Nadia Liaison".to_owned();
        settings.contact.phone = "+971 4 555 0101".to_owned();
        commands::update_settings(&app, settings).unwrap_or_else(|e| panic!("{}", e.message));
        let trips = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "TR".to_owned(),
                starter: true,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = trips[0].id.clone();
        commands::edit_field(
            &app,
            trip.clone(),
            "hospital".to_owned(),
            Some(FieldValueDto::Text("Acibadem Altunizade".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        anchor(&app, &trip, "travel", Some(from_today(60)))
            .unwrap_or_else(|e| panic!("{}", e.message));
        add(
            &app,
            &case,
            EntityKindDto::Traveller,
            &[
                ("trip", &trip),
                ("name", "Samir Haddad"),
                ("role", "parent"),
            ],
        );
        add(
            &app,
            &case,
            EntityKindDto::TripLeg,
            &[
                ("trip", &trip),
                ("leg", "flight"),
                ("title", "TK 761"),
                ("from_place", "Amman"),
                ("starts", "2027-05-02T19:05"),
                ("starts_zone", "Asia/Amman"),
                ("to_place", "Istanbul"),
                ("ends", "2027-05-02T21:50"),
                ("ends_zone", "Europe/Istanbul"),
            ],
        );
        // The paper is in the family's language whatever hers (English here).
        prepare_checklist(
            &app,
            ChecklistRequestDto {
                trip: trip.clone(),
                language: "es".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let out = tmp.path().join("checklist-es.pdf");
        commands::export_report(&app, out.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        // Lines as she reads them: the breaks a long line takes, and the isolates around the
        // case's words, do not count.
        let text = pdf_text(&out)
            .replace(['\u{2068}', '\u{2069}'], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let es = |id: &str| app.catalog.message(Locale::Es, id, &[]);
        for expected in [
            es("checklist-todo"),
            es("travel-item-flights"),
            es("travel-family"),
            "Nuestro viaje a Turquía".to_owned(),
            "El pasaporte de Samir Haddad".to_owned(),
            "Acibadem Altunizade".to_owned(),
            "Vuelo: TK 761".to_owned(),
            "Amman — 2 de mayo de 2027, 19:05 (hora de Amman)".to_owned(),
            "Istanbul — 2 de mayo de 2027, 21:50 (hora de Istanbul)".to_owned(),
            "Nadia Liaison".to_owned(),
            "+971 4 555 0101".to_owned(),
        ] {
            assert!(text.contains(&expected), "{expected:?} not in:\n{text}");
        }
        // Her English never shows through; nor does the diagnosis.
        assert!(!text.contains(&app.catalog.message(Locale::En, "travel-item-flights", &[])));
        assert!(!text.contains("Medulloblastoma"), "{text}");
        // What left is noted in the case, as a checklist for the family.
        let file =
            commands::get_case_file(&app, case.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let noted = file
            .entities
            .iter()
            .find(|e| e.kind == EntityKindDto::Export)
            .unwrap_or_else(|| panic!("no export noted"));
        let value = |f: &str| {
            noted
                .fields
                .get(f)
                .and_then(|v| v.first())
                .and_then(|v| v.value.clone())
        };
        assert_eq!(value("report").as_deref(), Some("checklist"));
        assert_eq!(value("language").as_deref(), Some("es"));
        assert_eq!(value("recipient").as_deref(), Some("The family"));

        // In Arabic, right to left: its words, and the names as written.
        prepare_checklist(
            &app,
            ChecklistRequestDto {
                trip,
                language: "ar".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let out = tmp.path().join("checklist-ar.pdf");
        commands::export_report(&app, out.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let bare = |t: &str| -> String {
            t.chars()
                .filter(|c| !('\u{64B}'..='\u{65F}').contains(c))
                .collect()
        };
        let text = bare(&pdf_text(&out));
        for id in [
            "checklist-todo",
            "checklist-bring",
            "checklist-no-date",
            "travel-item-accommodation",
        ] {
            let said = bare(&app.catalog.message(Locale::Ar, id, &[]));
            assert!(text.contains(&said), "{said:?} not in:\n{text}");
        }
        for run in ["Samir", "Haddad", "TK", "761", "Istanbul"] {
            assert!(text.contains(run), "{run} not in:\n{text}");
        }
    }

    #[test]
    fn a_trip_kept_as_the_teams_template_plans_the_next_family_without_their_dates() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["ar", "en"]);
        let planned = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "TR".to_owned(),
                starter: true,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let trip = planned[0].id.clone();
        let save = |name: &str| {
            save_template(
                &app,
                SaveTemplateDto {
                    trip: trip.clone(),
                    name: name.to_owned(),
                },
            )
        };
        // Outside a team there is nowhere to keep it.
        assert_eq!(
            save("Istanbul").err().map(|e| e.code).as_deref(),
            Some("team-not-joined")
        );
        assert!(
            !trip_templates(&app)
                .unwrap_or_else(|e| panic!("{}", e.message))
                .in_team
        );
        crate::glossary::tests::in_team(&app);
        // Her own hospital, an item's papers, a done item and a date: the template keeps the
        // first two.
        commands::edit_field(
            &app,
            trip.clone(),
            "hospital".to_owned(),
            Some(FieldValueDto::Text("Acibadem Altunizade".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let letter = item(&planned[0], "Obtain the hospital").id.clone();
        commands::edit_field(
            &app,
            letter.clone(),
            "needs".to_owned(),
            Some(FieldValueDto::Text(
                "Passport scans of all travellers".to_owned(),
            )),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        commands::edit_field(
            &app,
            letter,
            "done".to_owned(),
            Some(FieldValueDto::Text("true".to_owned())),
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        anchor(&app, &trip, "travel", Some(from_today(60)))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let saved = save("Istanbul, Acibadem").unwrap_or_else(|e| panic!("{}", e.message));
        assert!(saved.in_team && !saved.read_only);
        assert_eq!(saved.templates.len(), 1);
        let kept = &saved.templates[0];
        assert_eq!(
            (
                kept.name.as_str(),
                kept.destination.as_str(),
                kept.hospital.as_str(),
                kept.items
            ),
            ("Istanbul, Acibadem", "TR", "Acibadem Altunizade", 15)
        );
        // A name is required.
        assert_eq!(
            save("  ").err().map(|e| e.code).as_deref(),
            Some("value-empty")
        );

        // The next family's trip, planned from it: the items, their rules, papers and order,
        // open and waiting for this trip's dates.
        let other = commands::create_case(
            &app,
            crate::dto::NewCaseDto {
                child_name: "Layla Haddad".to_owned(),
                date_of_birth: "2016-03-07".to_owned(),
                country: "AE".to_owned(),
                languages: vec!["es".to_owned()],
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let next = plan_trip(
            &app,
            NewTripDto {
                case_id: other.clone(),
                destination: String::new(),
                starter: false,
                template: Some(kept.id.clone()),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let next = &next[0];
        assert_eq!(
            (
                next.destination.as_str(),
                next.hospital.as_str(),
                next.template.as_str()
            ),
            ("TR", "Acibadem Altunizade", "Istanbul, Acibadem")
        );
        assert_eq!(next.items.len(), 15);
        assert!(next.items.iter().all(|i| !i.done && i.due.is_none()));
        let letter = item(next, "Obtain the hospital");
        assert_eq!(letter.needs, "Passport scans of all travellers");
        assert_eq!(letter.rule.as_deref(), Some("travel-45"));
        // "Attend the visa appointment" comes after this trip's own application item.
        let attend = item(next, "Attend the visa");
        let apply = item(next, "Submit the visa");
        assert_eq!(attend.after, vec![apply.id.clone()]);
    }

    #[test]
    fn she_adds_and_changes_items_and_a_circle_is_refused_naming_its_items() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case) = app_with_case_in(tmp.path(), "Amal Haddad", &["en"]);
        let trip = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "DE".to_owned(),
                starter: false,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message))[0]
            .id
            .clone();
        anchor(&app, &trip, "admission", Some(from_today(30)))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let edit = |item: Option<&str>, title: &str, rule: &str, due: &str, after: &[&str]| {
            save_item(
                &app,
                TripItemEditDto {
                    trip: trip.clone(),
                    item: item.map(str::to_owned),
                    title: title.to_owned(),
                    rule: rule.to_owned(),
                    due: due.to_owned(),
                    assignee: "The family".to_owned(),
                    needs: "Passport scan".to_owned(),
                    after: after.iter().map(|a| (*a).to_owned()).collect(),
                    records: Vec::new(),
                },
            )
        };
        // A new item dated from admission takes its date at once.
        let trips = edit(None, "Pack the medicines", "admission-1", "", &[])
            .unwrap_or_else(|e| panic!("{}", e.message));
        let pack = item(&trips[0], "Pack").clone();
        assert_eq!(pack.due, Some(from_today(29)));
        assert_eq!(
            (pack.assignee.as_str(), pack.needs.as_str()),
            ("The family", "Passport scan")
        );
        // One without a rule keeps the date she typed.
        let trips = edit(
            None,
            "Call the embassy",
            "",
            &from_today(3),
            &[pack.id.as_str()],
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let call = item(&trips[0], "Call").clone();
        assert_eq!(call.due, Some(from_today(3)));
        assert_eq!(call.after, vec![pack.id.clone()]);
        // Her typing is checked: a rule not understood, a date that does not exist.
        assert_eq!(
            edit(None, "X", "admission plus one", "", &[])
                .err()
                .map(|e| e.code)
                .as_deref(),
            Some("travel-rule-invalid")
        );
        assert_eq!(
            edit(None, "X", "", "2027-02-30", &[])
                .err()
                .map(|e| e.code)
                .as_deref(),
            Some("date-invalid")
        );
        // Packing after the call, which comes after packing: refused, naming both; nothing
        // written.
        let refused = edit(
            Some(&pack.id),
            "Pack the medicines",
            "admission-1",
            "",
            &[call.id.as_str()],
        )
        .err()
        .unwrap_or_else(|| panic!("a circle was taken"));
        assert_eq!(refused.code, "travel-circular");
        assert!(
            refused.message.contains("Pack the medicines")
                && refused.message.contains("Call the embassy"),
            "{}",
            refused.message
        );
        let trips = trips_of(&app, &case);
        assert!(item(&trips[0], "Pack").after.is_empty());
        // A change of rule moves its date.
        let trips = edit(Some(&pack.id), "Pack the medicines", "admission-2", "", &[])
            .unwrap_or_else(|e| panic!("{}", e.message));
        assert_eq!(item(&trips[0], "Pack").due, Some(from_today(28)));
        // Another member retitled it at the same time: both versions stand, and the item says
        // so until she saves it again.
        let case_id = case.parse::<CaseId>().unwrap_or_else(|e| panic!("{e}"));
        let entity = pack
            .id
            .parse::<EntityId>()
            .unwrap_or_else(|e| panic!("{e}"))
            .into_bytes();
        let concurrent = wayfinder_merge::Operation {
            id: wayfinder_merge::OpId([0x77; 16]),
            author: wayfinder_merge::AuthorId([0x66; 16]),
            time: wayfinder_merge::Hlc {
                millis: u64::try_from(Utc::now().timestamp_millis()).unwrap_or(0),
                counter: 0,
            },
            target: wayfinder_merge::FieldRef {
                scope: *case_id.as_bytes(),
                entity,
                field: "title".to_owned(),
            },
            parents: Vec::new(),
            change: wayfinder_merge::Change::Set(b"Pack the medicines and the scans".to_vec()),
        };
        app.with_vault(|vault| vault.apply_operations(&[concurrent]))
            .unwrap_or_else(|e| panic!("{}", e.message));
        let trips = trips_of(&app, &case);
        assert_eq!(codes(&item(&trips[0], "Pack").flags), ["conflict"]);
        let trips = edit(
            Some(&pack.id),
            "Pack the medicines and the scans",
            "admission-2",
            "",
            &[],
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        assert!(
            item(&trips[0], "Pack").flags.is_empty(),
            "{:?}",
            item(&trips[0], "Pack")
        );
    }

    #[test]
    fn an_item_names_the_records_it_needs_and_the_familys_paper_lists_them() {
        let tmp = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (app, case, record) = crate::translation::tests::app_with_record(tmp.path());
        let trip = plan_trip(
            &app,
            NewTripDto {
                case_id: case.clone(),
                destination: "ES".to_owned(),
                starter: false,
                template: None,
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message))[0]
            .id
            .clone();
        let save = |records: Vec<String>| {
            save_item(
                &app,
                TripItemEditDto {
                    trip: trip.clone(),
                    item: None,
                    title: "Visa application".to_owned(),
                    rule: String::new(),
                    due: String::new(),
                    assignee: String::new(),
                    needs: "Two photographs".to_owned(),
                    after: Vec::new(),
                    records,
                },
            )
        };
        let trips = save(vec![record.clone()]).unwrap_or_else(|e| panic!("{}", e.message));
        let linked = &item(&trips[0], "Visa application").records;
        assert_eq!(linked.len(), 1);
        assert_eq!(linked[0].id, record);
        assert_eq!(linked[0].title, "выписка.png");
        // Not a record (the trip itself): refused, nothing added.
        assert_eq!(
            save(vec![trip.clone()]).err().map(|e| e.code).as_deref(),
            Some("choice-unknown")
        );
        assert_eq!(trips_of(&app, &case)[0].items.len(), 1);
        // The family's paper lists what to bring: her words and the record's title.
        prepare_checklist(
            &app,
            ChecklistRequestDto {
                trip: trip.clone(),
                language: "en".to_owned(),
            },
        )
        .unwrap_or_else(|e| panic!("{}", e.message));
        let out = tmp.path().join("checklist.pdf");
        commands::export_report(&app, out.clone()).unwrap_or_else(|e| panic!("{}", e.message));
        let text = pdf_text(&out)
            .replace(['\u{2068}', '\u{2069}'], "")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains("Two photographs, выписка.png"), "{text}");
    }

    /// The text of every page of a PDF, as PDFium reads it.
    pub(crate) fn pdf_text(path: &std::path::Path) -> String {
        let engine = wayfinder_pdf::PdfEngine::shared(&wayfinder_pdf::library_path())
            .unwrap_or_else(|e| panic!("{e}"));
        let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{e}"));
        let (doc, pages) = engine.open(bytes, None).unwrap_or_else(|e| panic!("{e}"));
        let text = (0..pages)
            .map(|p| engine.page_text(doc, p).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        engine.close(doc);
        text
    }
}
