
				class User implements Namespace{}
				class File implements Namespace{
					related: {
						viewers: User[]
					}
					permits = {
						view: (ctx: Context) => !this.related.viewers.includes(ctx.subject)
					}
				}
			