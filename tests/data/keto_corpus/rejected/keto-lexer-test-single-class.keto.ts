
class name implements Namespace {
	metadata = {
		id: "123"
	}
}
