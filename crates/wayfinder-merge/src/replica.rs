//! The state that operations add up to: one multi-value register per field.

use crate::clock::Hlc;
use crate::operation::{AuthorId, Change, FieldRef, OpId, Operation};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One written version of a field: what an operation set it to, by whom, when.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Version {
    pub op: OpId,
    pub author: AuthorId,
    pub time: Hlc,
    pub change: Change,
}

/// A field's value as a person should see it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FieldValue<'a> {
    /// Never written.
    Unset,
    /// One head: the value.
    One(&'a Version),
    /// Two or more heads, written without seeing each other: a conflict for a person to settle.
    /// Ordered by time, then author, then id, the same on every replica.
    Conflict(Vec<&'a Version>),
}

/// A multi-value register: every operation on one field, and which of them later ones replaced.
#[derive(Clone, Default, Debug)]
struct Register {
    versions: BTreeMap<OpId, Version>,
    /// Every id some operation on this field names as a parent, present or not yet arrived:
    /// an operation that arrives after one naming it is replaced at once.
    replaced: BTreeSet<OpId>,
}

impl Register {
    fn heads(&self) -> Vec<&Version> {
        let mut heads: Vec<&Version> = self
            .versions
            .values()
            .filter(|v| !self.replaced.contains(&v.op))
            .collect();
        heads.sort_by_key(|v| (v.time, v.author, v.op));
        heads
    }
}

/// Whether `apply` changed anything.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Applied {
    New,
    /// Already applied: applying an operation twice changes nothing.
    Duplicate,
}

/// Everything a set of operations adds up to.
#[derive(Clone, Default, Debug)]
pub struct Replica {
    fields: BTreeMap<FieldRef, Register>,
    seen: HashSet<OpId>,
}

impl Replica {
    pub fn new() -> Replica {
        Replica::default()
    }

    /// Adds an operation. Order and repetition do not matter.
    pub fn apply(&mut self, op: &Operation) -> Applied {
        if !self.seen.insert(op.id) {
            return Applied::Duplicate;
        }
        let register = self.fields.entry(op.target.clone()).or_default();
        register.replaced.extend(op.parents.iter().copied());
        register.versions.insert(
            op.id,
            Version {
                op: op.id,
                author: op.author,
                time: op.time,
                change: op.change.clone(),
            },
        );
        Applied::New
    }

    pub fn contains(&self, id: OpId) -> bool {
        self.seen.contains(&id)
    }

    /// How many operations have been applied.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }

    pub fn value(&self, field: &FieldRef) -> FieldValue<'_> {
        let Some(register) = self.fields.get(field) else {
            return FieldValue::Unset;
        };
        let mut heads = register.heads();
        match heads.len() {
            0 => FieldValue::Unset,
            1 => FieldValue::One(heads.remove(0)),
            _ => FieldValue::Conflict(heads),
        }
    }

    /// The ids a new operation on `field` must name as parents: every current head. An edit
    /// of a field in conflict therefore resolves the conflict.
    pub fn heads(&self, field: &FieldRef) -> Vec<OpId> {
        self.fields
            .get(field)
            .map(|r| r.heads().iter().map(|v| v.op).collect())
            .unwrap_or_default()
    }

    /// Every field in conflict.
    pub fn conflicts(&self) -> impl Iterator<Item = &FieldRef> {
        self.fields
            .iter()
            .filter(|(_, r)| r.heads().len() > 1)
            .map(|(f, _)| f)
    }

    /// Every field written, in order.
    pub fn fields(&self) -> impl Iterator<Item = &FieldRef> {
        self.fields.keys()
    }

    /// A new local operation on `field`, naming the current heads as parents, applied here and
    /// returned for storing and sending. Id and time are the caller's (UUIDv7 and `Clock`).
    pub fn write(
        &mut self,
        id: OpId,
        author: AuthorId,
        time: Hlc,
        field: FieldRef,
        change: Change,
    ) -> Operation {
        let op = Operation {
            id,
            author,
            time,
            parents: self.heads(&field),
            target: field,
            change,
        };
        self.apply(&op);
        op
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str) -> FieldRef {
        FieldRef {
            scope: [1; 16],
            entity: [2; 16],
            field: name.to_owned(),
        }
    }

    fn id(n: u8) -> OpId {
        OpId([n; 16])
    }

    fn set(text: &str) -> Change {
        Change::Set(text.as_bytes().to_vec())
    }

    fn shown(replica: &Replica, f: &FieldRef) -> Vec<String> {
        let text = |v: &Version| match &v.change {
            Change::Set(b) => String::from_utf8_lossy(b).into_owned(),
            Change::Clear => "<cleared>".to_owned(),
        };
        match replica.value(f) {
            FieldValue::Unset => vec![],
            FieldValue::One(v) => vec![text(v)],
            FieldValue::Conflict(vs) => vs.into_iter().map(text).collect(),
        }
    }

    #[test]
    fn a_later_edit_replaces_the_one_it_saw_and_concurrent_edits_conflict() {
        let (a, b) = (AuthorId([0xa; 16]), AuthorId([0xb; 16]));
        let name = field("child.name");
        let mut one = Replica::new();
        let first = one.write(
            id(1),
            a,
            Hlc {
                millis: 1,
                counter: 0,
            },
            name.clone(),
            set("Layla"),
        );
        let mut two = Replica::new();
        two.apply(&first);
        let by_a = one.write(
            id(2),
            a,
            Hlc {
                millis: 2,
                counter: 0,
            },
            name.clone(),
            set("Layla H."),
        );
        let by_b = two.write(
            id(3),
            b,
            Hlc {
                millis: 3,
                counter: 0,
            },
            name.clone(),
            set("Leila"),
        );
        assert_eq!(shown(&one, &name), ["Layla H."]);
        one.apply(&by_b);
        two.apply(&by_a);
        assert_eq!(shown(&one, &name), ["Layla H.", "Leila"]);
        assert_eq!(shown(&two, &name), ["Layla H.", "Leila"]);
        assert_eq!(one.conflicts().count(), 1);
        // Her choice names both heads, and the conflict is gone everywhere it arrives.
        let choice = two.write(
            id(4),
            b,
            Hlc {
                millis: 4,
                counter: 0,
            },
            name.clone(),
            set("Layla H."),
        );
        assert_eq!(choice.parents, vec![id(2), id(3)]);
        assert_eq!(one.apply(&choice), Applied::New);
        assert_eq!(one.apply(&choice), Applied::Duplicate);
        assert_eq!(shown(&one, &name), ["Layla H."]);
        assert_eq!(one.conflicts().count(), 0);
    }

    #[test]
    fn an_operation_arriving_after_its_successor_is_replaced_at_once() {
        let a = AuthorId([0xa; 16]);
        let f = field("diagnosis.text");
        let mut source = Replica::new();
        let old = source.write(id(1), a, Hlc::default(), f.clone(), set("old"));
        let new = source.write(
            id(2),
            a,
            Hlc {
                millis: 1,
                counter: 0,
            },
            f.clone(),
            set("new"),
        );
        let mut late = Replica::new();
        late.apply(&new);
        late.apply(&old);
        assert_eq!(shown(&late, &f), ["new"]);
    }
}
