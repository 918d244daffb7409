//! Photos of items (issue 17, under way): what an upload becomes before it is stored. This
//! first part is the processing alone (`process`); storing, serving and the forms come next.

pub mod process;
