//! Shared bench tooling.

pub mod corpus;
