class User implements Namespace {}
