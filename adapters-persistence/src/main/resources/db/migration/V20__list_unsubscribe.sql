-- The one-click unsubscribe URL a mail names in its List-Unsubscribe header (RFC 8058). Null for a chat post, and for
-- a mail kept before this column existed: such a mail goes out, as it always did, without the header.
alter table outbox_message add column list_unsubscribe varchar(2000);
