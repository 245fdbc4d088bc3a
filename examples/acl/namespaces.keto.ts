// An allow/deny access control list: access needs an allow entry and no
// deny entry; a blocked user loses access even when a group allows it.
import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"

class User implements Namespace {}

class Group implements Namespace {
  related: {
    members: (User | SubjectSet<Group, "members">)[]
  }
}

class File implements Namespace {
  related: {
    allowed: (User | SubjectSet<Group, "members">)[]
    denied: (User | SubjectSet<Group, "members">)[]
    owners: User[]
  }

  permits = {
    // owners always have access; everyone else needs an allow and no deny.
    // Parentheses matter: Keto reads && and || left to right.
    read: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      (this.related.allowed.includes(ctx.subject) && !this.related.denied.includes(ctx.subject)),
  }
}
