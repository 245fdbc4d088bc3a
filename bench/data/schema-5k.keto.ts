import { Namespace, SubjectSet, Context } from "@ory/keto-namespace-types"

class User implements Namespace {}

class Group implements Namespace {
  related: {
    members: (User | SubjectSet<Group, "members">)[]
  }
}

class Organization implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace implements Namespace {
  related: {
    parents: Organization[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project implements Namespace {
  related: {
    parents: Workspace[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder implements Namespace {
  related: {
    parents: Project[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document implements Namespace {
  related: {
    parents: Folder[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet implements Namespace {
  related: {
    parents: Document[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide implements Namespace {
  related: {
    parents: Sheet[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment implements Namespace {
  related: {
    parents: Slide[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset implements Namespace {
  related: {
    parents: Comment[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report implements Namespace {
  related: {
    parents: Dataset[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard implements Namespace {
  related: {
    parents: Report[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline implements Namespace {
  related: {
    parents: Dashboard[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository implements Namespace {
  related: {
    parents: Pipeline[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue implements Namespace {
  related: {
    parents: Repository[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization2 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace2 implements Namespace {
  related: {
    parents: Organization2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project2 implements Namespace {
  related: {
    parents: Workspace2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder2 implements Namespace {
  related: {
    parents: Project2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document2 implements Namespace {
  related: {
    parents: Folder2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet2 implements Namespace {
  related: {
    parents: Document2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide2 implements Namespace {
  related: {
    parents: Sheet2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment2 implements Namespace {
  related: {
    parents: Slide2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset2 implements Namespace {
  related: {
    parents: Comment2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report2 implements Namespace {
  related: {
    parents: Dataset2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard2 implements Namespace {
  related: {
    parents: Report2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline2 implements Namespace {
  related: {
    parents: Dashboard2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository2 implements Namespace {
  related: {
    parents: Pipeline2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue2 implements Namespace {
  related: {
    parents: Repository2[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization3 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace3 implements Namespace {
  related: {
    parents: Organization3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project3 implements Namespace {
  related: {
    parents: Workspace3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder3 implements Namespace {
  related: {
    parents: Project3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document3 implements Namespace {
  related: {
    parents: Folder3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet3 implements Namespace {
  related: {
    parents: Document3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide3 implements Namespace {
  related: {
    parents: Sheet3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment3 implements Namespace {
  related: {
    parents: Slide3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset3 implements Namespace {
  related: {
    parents: Comment3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report3 implements Namespace {
  related: {
    parents: Dataset3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard3 implements Namespace {
  related: {
    parents: Report3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline3 implements Namespace {
  related: {
    parents: Dashboard3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository3 implements Namespace {
  related: {
    parents: Pipeline3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue3 implements Namespace {
  related: {
    parents: Repository3[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization4 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace4 implements Namespace {
  related: {
    parents: Organization4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project4 implements Namespace {
  related: {
    parents: Workspace4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder4 implements Namespace {
  related: {
    parents: Project4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document4 implements Namespace {
  related: {
    parents: Folder4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet4 implements Namespace {
  related: {
    parents: Document4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide4 implements Namespace {
  related: {
    parents: Sheet4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment4 implements Namespace {
  related: {
    parents: Slide4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset4 implements Namespace {
  related: {
    parents: Comment4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report4 implements Namespace {
  related: {
    parents: Dataset4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard4 implements Namespace {
  related: {
    parents: Report4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline4 implements Namespace {
  related: {
    parents: Dashboard4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository4 implements Namespace {
  related: {
    parents: Pipeline4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue4 implements Namespace {
  related: {
    parents: Repository4[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization5 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace5 implements Namespace {
  related: {
    parents: Organization5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project5 implements Namespace {
  related: {
    parents: Workspace5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder5 implements Namespace {
  related: {
    parents: Project5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document5 implements Namespace {
  related: {
    parents: Folder5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet5 implements Namespace {
  related: {
    parents: Document5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide5 implements Namespace {
  related: {
    parents: Sheet5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment5 implements Namespace {
  related: {
    parents: Slide5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset5 implements Namespace {
  related: {
    parents: Comment5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report5 implements Namespace {
  related: {
    parents: Dataset5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard5 implements Namespace {
  related: {
    parents: Report5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline5 implements Namespace {
  related: {
    parents: Dashboard5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository5 implements Namespace {
  related: {
    parents: Pipeline5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue5 implements Namespace {
  related: {
    parents: Repository5[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization6 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace6 implements Namespace {
  related: {
    parents: Organization6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project6 implements Namespace {
  related: {
    parents: Workspace6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder6 implements Namespace {
  related: {
    parents: Project6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document6 implements Namespace {
  related: {
    parents: Folder6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet6 implements Namespace {
  related: {
    parents: Document6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide6 implements Namespace {
  related: {
    parents: Sheet6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment6 implements Namespace {
  related: {
    parents: Slide6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset6 implements Namespace {
  related: {
    parents: Comment6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report6 implements Namespace {
  related: {
    parents: Dataset6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard6 implements Namespace {
  related: {
    parents: Report6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline6 implements Namespace {
  related: {
    parents: Dashboard6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository6 implements Namespace {
  related: {
    parents: Pipeline6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue6 implements Namespace {
  related: {
    parents: Repository6[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization7 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace7 implements Namespace {
  related: {
    parents: Organization7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project7 implements Namespace {
  related: {
    parents: Workspace7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder7 implements Namespace {
  related: {
    parents: Project7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document7 implements Namespace {
  related: {
    parents: Folder7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet7 implements Namespace {
  related: {
    parents: Document7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide7 implements Namespace {
  related: {
    parents: Sheet7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment7 implements Namespace {
  related: {
    parents: Slide7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset7 implements Namespace {
  related: {
    parents: Comment7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report7 implements Namespace {
  related: {
    parents: Dataset7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard7 implements Namespace {
  related: {
    parents: Report7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline7 implements Namespace {
  related: {
    parents: Dashboard7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository7 implements Namespace {
  related: {
    parents: Pipeline7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue7 implements Namespace {
  related: {
    parents: Repository7[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization8 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace8 implements Namespace {
  related: {
    parents: Organization8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project8 implements Namespace {
  related: {
    parents: Workspace8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder8 implements Namespace {
  related: {
    parents: Project8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document8 implements Namespace {
  related: {
    parents: Folder8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet8 implements Namespace {
  related: {
    parents: Document8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide8 implements Namespace {
  related: {
    parents: Sheet8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment8 implements Namespace {
  related: {
    parents: Slide8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset8 implements Namespace {
  related: {
    parents: Comment8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report8 implements Namespace {
  related: {
    parents: Dataset8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard8 implements Namespace {
  related: {
    parents: Report8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline8 implements Namespace {
  related: {
    parents: Dashboard8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository8 implements Namespace {
  related: {
    parents: Pipeline8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue8 implements Namespace {
  related: {
    parents: Repository8[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization9 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace9 implements Namespace {
  related: {
    parents: Organization9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project9 implements Namespace {
  related: {
    parents: Workspace9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder9 implements Namespace {
  related: {
    parents: Project9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document9 implements Namespace {
  related: {
    parents: Folder9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet9 implements Namespace {
  related: {
    parents: Document9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide9 implements Namespace {
  related: {
    parents: Sheet9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment9 implements Namespace {
  related: {
    parents: Slide9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset9 implements Namespace {
  related: {
    parents: Comment9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report9 implements Namespace {
  related: {
    parents: Dataset9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard9 implements Namespace {
  related: {
    parents: Report9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline9 implements Namespace {
  related: {
    parents: Dashboard9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository9 implements Namespace {
  related: {
    parents: Pipeline9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue9 implements Namespace {
  related: {
    parents: Repository9[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization10 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace10 implements Namespace {
  related: {
    parents: Organization10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project10 implements Namespace {
  related: {
    parents: Workspace10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder10 implements Namespace {
  related: {
    parents: Project10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document10 implements Namespace {
  related: {
    parents: Folder10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet10 implements Namespace {
  related: {
    parents: Document10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide10 implements Namespace {
  related: {
    parents: Sheet10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment10 implements Namespace {
  related: {
    parents: Slide10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset10 implements Namespace {
  related: {
    parents: Comment10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report10 implements Namespace {
  related: {
    parents: Dataset10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard10 implements Namespace {
  related: {
    parents: Report10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline10 implements Namespace {
  related: {
    parents: Dashboard10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository10 implements Namespace {
  related: {
    parents: Pipeline10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue10 implements Namespace {
  related: {
    parents: Repository10[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization11 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace11 implements Namespace {
  related: {
    parents: Organization11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project11 implements Namespace {
  related: {
    parents: Workspace11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder11 implements Namespace {
  related: {
    parents: Project11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document11 implements Namespace {
  related: {
    parents: Folder11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet11 implements Namespace {
  related: {
    parents: Document11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide11 implements Namespace {
  related: {
    parents: Sheet11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment11 implements Namespace {
  related: {
    parents: Slide11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset11 implements Namespace {
  related: {
    parents: Comment11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report11 implements Namespace {
  related: {
    parents: Dataset11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard11 implements Namespace {
  related: {
    parents: Report11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline11 implements Namespace {
  related: {
    parents: Dashboard11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository11 implements Namespace {
  related: {
    parents: Pipeline11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue11 implements Namespace {
  related: {
    parents: Repository11[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization12 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace12 implements Namespace {
  related: {
    parents: Organization12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project12 implements Namespace {
  related: {
    parents: Workspace12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder12 implements Namespace {
  related: {
    parents: Project12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document12 implements Namespace {
  related: {
    parents: Folder12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet12 implements Namespace {
  related: {
    parents: Document12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide12 implements Namespace {
  related: {
    parents: Sheet12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment12 implements Namespace {
  related: {
    parents: Slide12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset12 implements Namespace {
  related: {
    parents: Comment12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report12 implements Namespace {
  related: {
    parents: Dataset12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard12 implements Namespace {
  related: {
    parents: Report12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline12 implements Namespace {
  related: {
    parents: Dashboard12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository12 implements Namespace {
  related: {
    parents: Pipeline12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue12 implements Namespace {
  related: {
    parents: Repository12[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization13 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace13 implements Namespace {
  related: {
    parents: Organization13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project13 implements Namespace {
  related: {
    parents: Workspace13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder13 implements Namespace {
  related: {
    parents: Project13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document13 implements Namespace {
  related: {
    parents: Folder13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet13 implements Namespace {
  related: {
    parents: Document13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide13 implements Namespace {
  related: {
    parents: Sheet13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment13 implements Namespace {
  related: {
    parents: Slide13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset13 implements Namespace {
  related: {
    parents: Comment13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report13 implements Namespace {
  related: {
    parents: Dataset13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard13 implements Namespace {
  related: {
    parents: Report13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline13 implements Namespace {
  related: {
    parents: Dashboard13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Repository13 implements Namespace {
  related: {
    parents: Pipeline13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Issue13 implements Namespace {
  related: {
    parents: Repository13[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Organization14 implements Namespace {
  related: {
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject)) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Workspace14 implements Namespace {
  related: {
    parents: Organization14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Project14 implements Namespace {
  related: {
    parents: Workspace14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Folder14 implements Namespace {
  related: {
    parents: Project14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Document14 implements Namespace {
  related: {
    parents: Folder14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Sheet14 implements Namespace {
  related: {
    parents: Document14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Slide14 implements Namespace {
  related: {
    parents: Sheet14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Comment14 implements Namespace {
  related: {
    parents: Slide14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dataset14 implements Namespace {
  related: {
    parents: Comment14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Report14 implements Namespace {
  related: {
    parents: Dataset14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Dashboard14 implements Namespace {
  related: {
    parents: Report14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

class Pipeline14 implements Namespace {
  related: {
    parents: Dashboard14[]
    owners: (User | SubjectSet<Group, "members">)[]
    editors: (User | SubjectSet<Group, "members">)[]
    viewers: (User | SubjectSet<Group, "members">)[]
    banned: User[]
  }

  permits = {
    own: (ctx: Context): boolean =>
      this.related.owners.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.own(ctx)),
    edit: (ctx: Context): boolean =>
      this.permits.own(ctx) ||
      this.related.editors.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.edit(ctx)),
    view: (ctx: Context): boolean =>
      (this.permits.edit(ctx) ||
        this.related.viewers.includes(ctx.subject) ||
      this.related.parents.traverse((p) => p.permits.view(ctx))) &&
      !this.related.banned.includes(ctx.subject),
    comment: (ctx: Context): boolean => this.permits.view(ctx),
  }
}

