
class user implements Namespace { }

class document implements Namespace {

	related: {
		owners: user[]
		editors: user[]
		viewers: user[]
		parent: document[]
	}
}
