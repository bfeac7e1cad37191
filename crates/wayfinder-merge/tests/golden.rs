//! The encoding of an operation is frozen: version 1 decodes from the committed bytes and
//! encodes back to exactly them. A change to the layout must be a new version.

use wayfinder_merge::{
    AuthorId, Change, DecodeError, FieldRef, Hlc, OpId, Operation, decode, encode,
};

fn sample() -> Operation {
    Operation {
        id: OpId(*b"\x01\x93\x5f\x2a\x10\x00\x70\x00\x80\x00\x00\x00\x00\x00\x00\x01"),
        author: AuthorId([0xa1; 16]),
        time: Hlc {
            millis: 1_795_000_000_000,
            counter: 3,
        },
        target: FieldRef {
            scope: [0xc5; 16],
            entity: [0xe7; 16],
            field: "child.name".to_owned(),
        },
        parents: vec![OpId([0x11; 16]), OpId([0x22; 16])],
        change: Change::Set("ليلى 王 Иван".as_bytes().to_vec()),
    }
}

const GOLDEN_V1: &str = include_str!("golden/operation-v1.hex");

#[test]
fn version_1_is_frozen() {
    let golden = hex::decode(GOLDEN_V1.trim()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(decode(&golden), Ok(sample()));
    assert_eq!(hex::encode(encode(&sample())), GOLDEN_V1.trim());
}

#[test]
fn bad_bytes_are_refused_without_panicking() {
    let good = encode(&sample());
    assert_eq!(decode(&[]), Err(DecodeError::Empty));
    assert_eq!(decode(&[2, 0, 0]), Err(DecodeError::UnknownVersion(2)));
    for cut in 1..good.len() {
        assert_eq!(
            decode(&good[..cut]),
            Err(DecodeError::Malformed),
            "cut at {cut}"
        );
    }
    let mut longer = good.clone();
    longer.push(0);
    assert_eq!(decode(&longer), Err(DecodeError::Malformed));
    let clear = Operation {
        change: Change::Clear,
        parents: vec![],
        ..sample()
    };
    assert_eq!(decode(&encode(&clear)), Ok(clear));
}
