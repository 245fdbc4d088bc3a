class File implements Namespace {
  related: {
    editors: User[]
    viewers: User[]
  }
  permits = {
    canView: (ctx: Context) => this.related.editors.includes(ctx.subject) || this.related.viewers.includes(ctx.subject),
  }
}
